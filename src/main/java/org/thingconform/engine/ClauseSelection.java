package org.thingconform.engine;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which clause ids a run selects: include globs (none = all) and exclude globs, where
 * {@code *} matches any run of characters and {@code ?} one character, e.g. {@code TM-5.*}.
 */
public record ClauseSelection(List<Pattern> include, List<Pattern> exclude) {

    public ClauseSelection {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    public static ClauseSelection of(List<String> includeGlobs, List<String> excludeGlobs) {
        return new ClauseSelection(includeGlobs.stream().map(Glob::compile).toList(),
                excludeGlobs.stream().map(Glob::compile).toList());
    }

    public boolean selects(String clauseId) {
        boolean included = include.isEmpty() || include.stream().anyMatch(p -> p.matcher(clauseId).matches());
        return included && exclude.stream().noneMatch(p -> p.matcher(clauseId).matches());
    }
}
