package org.thingconform.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Rejects keys a mapping does not allow, with a "did you mean" hint for plausible typos.
 * Shared by every strict reader (profiles, descriptors, native thing models) so that a
 * misspelt key reads the same everywhere: {@code unknown key 'valeus' in step (did you mean 'values'?)}.
 */
public final class UnknownKeys {

    private UnknownKeys() {
    }

    /** Throws a located error for the first key of {@code node} (at {@code pointer}) not in {@code allowed}. */
    public static void check(LocatedDocument document, String pointer, JsonNode node, String what, Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw unknown(document, pointer + "/" + DocumentReader.escape(name), name, what, allowed);
            }
        }
    }

    /** The error for the unknown key {@code name} whose value is at {@code childPointer}. */
    public static BadInputException unknown(LocatedDocument document, String childPointer, String name, String what,
                                            Set<String> allowed) {
        SourceLocation at = document.locations().getOrDefault(childPointer + "#key", document.locate(childPointer));
        String hint = closest(name, allowed);
        return new BadInputException(at, "unknown key '" + name + "' in " + what
                + (hint == null ? "" : " (did you mean '" + hint + "'?)"), "one of " + sorted(allowed));
    }

    /** The allowed name closest to {@code name}, when it is a plausible typo; null otherwise. */
    public static String closest(String name, Set<String> allowed) {
        return allowed.stream()
                .map(candidate -> new Object[] {candidate, distance(name.toLowerCase(), candidate.toLowerCase())})
                .filter(pair -> (int) pair[1] <= Math.max(2, name.length() / 3))
                .min(Comparator.comparingInt(pair -> (int) pair[1]))
                .map(pair -> (String) pair[0]).orElse(null);
    }

    /** The names sorted, as error messages list them. */
    public static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
