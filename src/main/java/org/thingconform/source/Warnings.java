package org.thingconform.source;

/**
 * Where a loader reports what is suspicious but does not stop loading (a step that does
 * not divide a range, a secret that cannot be read while only validating). Loading for a
 * run ignores them; {@code thingconform validate} prints them.
 */
@FunctionalInterface
public interface Warnings {

    /** Drops every warning. */
    Warnings IGNORE = warning -> { };

    void warn(InputProblem warning);
}
