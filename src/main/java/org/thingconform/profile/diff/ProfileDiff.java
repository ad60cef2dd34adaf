package org.thingconform.profile.diff;

import java.nio.file.Path;
import java.util.List;

/**
 * What changed between two editions of a profile: the standard's metadata (edition,
 * status, …), its ICS items, and its clauses added, removed and changed. Clauses are
 * matched by id, so a renumbered clause shows as one removed and one added.
 *
 * @param unchanged how many clauses are in both editions, unchanged
 */
public record ProfileDiff(Path oldFile, Path newFile, List<FieldChange> standard, List<FieldChange> ics,
                          List<ClauseRef> added, List<ClauseRef> removed, List<ClauseChange> changed, int unchanged) {

    public ProfileDiff {
        standard = List.copyOf(standard);
        ics = List.copyOf(ics);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }
}
