package org.thingconform.engine;

/** The platform under test could not be prepared: no embedded platform found, or it failed to start. */
public class PlatformStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlatformStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
