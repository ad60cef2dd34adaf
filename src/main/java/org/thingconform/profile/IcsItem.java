package org.thingconform.profile;

import org.thingconform.source.SourceLocation;

/**
 * An item of the implementation conformance statement: an option the platform declares
 * it implements or not. Clauses that need the option name it in {@code requires}.
 *
 * @param id        the item's id, e.g. {@code EVENTS}
 * @param question  the question the platform's descriptor answers
 * @param mandatory whether every conformant platform must answer yes
 * @param location  where the item is declared
 */
public record IcsItem(String id, String question, boolean mandatory, SourceLocation location) {
}
