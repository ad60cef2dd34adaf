package org.thingconform.source;

import java.util.Comparator;

/**
 * One problem with an input file, an error or a warning, located where the user can fix it.
 * Loaders throw the first error as a {@link BadInputException}; validation collects many
 * problems of a file at once, and warnings never stop anything, so both need a value
 * that is not an exception. It prints like a compiler message:
 * {@code file:line:column: warning: what is wrong; expected …}.
 *
 * @param severity whether the problem makes the file unusable
 * @param location where it is, or null when it concerns no single place (a missing file)
 * @param text     what is wrong and what was expected; without a location, the whole message
 */
public record InputProblem(Severity severity, SourceLocation location, String text) {

    /** Problems in file order: by file, line and column; unlocated ones first. */
    public static final Comparator<InputProblem> IN_FILE_ORDER = Comparator
            .comparing((InputProblem p) -> p.location() == null ? "" : p.location().file().toString())
            .thenComparingInt(p -> p.location() == null ? 0 : p.location().line())
            .thenComparingInt(p -> p.location() == null ? 0 : p.location().column())
            .thenComparing(InputProblem::text);

    /** Whether a problem makes the input unusable (error) or is only worth a look (warning). */
    public enum Severity {
        ERROR, WARNING;

        /** {@code error} or {@code warning}, as messages print it. */
        public String label() {
            return this == ERROR ? "error" : "warning";
        }
    }

    public static InputProblem error(SourceLocation location, String problem, String expected) {
        return new InputProblem(Severity.ERROR, location, BadInputException.text(problem, expected));
    }

    public static InputProblem warning(SourceLocation location, String problem, String expected) {
        return new InputProblem(Severity.WARNING, location, BadInputException.text(problem, expected));
    }

    /** The error a loader threw. */
    public static InputProblem of(BadInputException e) {
        return new InputProblem(Severity.ERROR, e.location(), e.detail());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: error: text}; without a location, the text as it is. */
    @Override
    public String toString() {
        return location == null ? text : location + ": " + severity.label() + ": " + text;
    }
}
