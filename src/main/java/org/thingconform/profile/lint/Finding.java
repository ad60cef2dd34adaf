package org.thingconform.profile.lint;

import org.thingconform.source.SourceLocation;

/**
 * One problem a lint rule found in a profile, located like a compiler message so an
 * editor (human or IDE) can jump to it.
 *
 * @param rule     the rule's id, e.g. {@code not-connected}
 * @param severity how much it matters
 * @param clause   the clause id it concerns, or null when it concerns no single clause
 * @param location where in the profile
 * @param message  what is wrong and what to do about it
 */
public record Finding(String rule, Severity severity, String clause, SourceLocation location, String message) {

    /** {@code file:line:column: warning: [rule] CLAUSE: message}. */
    public String toText() {
        return location + ": " + severity.label() + ": [" + rule + "] " + (clause == null ? "" : clause + ": ") + message;
    }
}
