package org.thingconform.source;

/**
 * A problem with a user's input (profile, thing model, descriptor) that the user can fix.
 * Its message reads {@code file:line:column: error: what is wrong; expected …}; the CLI
 * prints it as it is and exits 2, never with a stack trace.
 */
public class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final SourceLocation location;

    public BadInputException(SourceLocation location, String problem, String expected) {
        super(location + ": error: " + problem + (expected == null ? "" : "; expected " + expected));
        this.location = location;
    }

    public BadInputException(String message) {
        super(message);
        this.location = null;
    }

    /** Where the problem is, or null when it concerns no single place (a missing file). */
    public SourceLocation location() {
        return location;
    }
}
