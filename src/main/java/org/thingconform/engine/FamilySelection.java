package org.thingconform.engine;

import java.util.List;

/** Which value families a generated clause selects, excludes and lets a platform coerce; globs like {@code invalid.*}. */
record FamilySelection(List<String> include, List<String> exclude, List<String> coerce) {

    boolean selects(String family) {
        return matchesAny(include, family) && !matchesAny(exclude, family);
    }

    boolean coercible(String family) {
        return matchesAny(coerce, family);
    }

    private static boolean matchesAny(List<String> globs, String family) {
        return globs.stream().anyMatch(glob -> Glob.compile(glob).matcher(family).matches());
    }
}
