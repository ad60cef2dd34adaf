package org.thingconform.profile;

import org.thingconform.source.SourceLocation;

/**
 * An item of the implementation conformance statement: an option the platform declares
 * it implements or not. Clauses that need the option name it in {@code requires}.
 *
 * @param id        the item's id, e.g. {@code EVENTS}
 * @param question  the question the platform's descriptor answers
 * @param mandatory whether every conformant platform must answer yes
 * @param untested  why no clause requires the item yet, though the profile asks it (the answer is recorded
 *                  with the run's ICS), or null: the editor's confirmation that the item is not a leftover
 * @param location  where the item is declared
 */
public record IcsItem(String id, String question, boolean mandatory, String untested, SourceLocation location) {

    /** An item that clauses require. */
    public IcsItem(String id, String question, boolean mandatory, SourceLocation location) {
        this(id, question, mandatory, null, location);
    }
}
