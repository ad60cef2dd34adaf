package org.thingconform.profile.diff;

import java.util.List;
import org.thingconform.source.SourceLocation;

/**
 * A clause present in both editions whose content changed, with every changed field.
 *
 * @param location where the clause is written in the new edition
 */
public record ClauseChange(String id, SourceLocation location, List<FieldChange> changes) {

    public ClauseChange {
        changes = List.copyOf(changes);
    }
}
