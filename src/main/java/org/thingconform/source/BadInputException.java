package org.thingconform.source;

/**
 * A problem with a user's input (profile, thing model, descriptor) that the user can fix.
 * Its message reads {@code file:line:column: error: what is wrong; expected …}; the CLI
 * prints it as it is and exits 2, never with a stack trace.
 */
public class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final SourceLocation location;
    private final String detail;

    public BadInputException(SourceLocation location, String problem, String expected) {
        super(location + ": error: " + text(problem, expected));
        this.location = location;
        this.detail = text(problem, expected);
    }

    public BadInputException(String message) {
        super(message);
        this.location = null;
        this.detail = message;
    }

    /** Where the problem is, or null when it concerns no single place (a missing file). */
    public SourceLocation location() {
        return location;
    }

    /** What is wrong and what was expected, without the location: the whole message when there is no location. */
    public String detail() {
        return detail;
    }

    /** {@code what is wrong; expected …}, the text after the severity in every message. */
    static String text(String problem, String expected) {
        return problem + (expected == null ? "" : "; expected " + expected);
    }
}
