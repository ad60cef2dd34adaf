package org.thingconform.profile.diff;

import org.thingconform.profile.Clause;
import org.thingconform.source.SourceLocation;

/** A clause that exists in only one of two editions: enough to recognise it, and where it is written. */
public record ClauseRef(String id, String level, String summary, SourceLocation location) {

    static ClauseRef of(Clause clause) {
        return new ClauseRef(clause.id(), clause.level().name(), clause.summary(), clause.location());
    }
}
