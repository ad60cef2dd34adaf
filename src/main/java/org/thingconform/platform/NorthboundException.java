package org.thingconform.platform;

/**
 * A northbound call could not be made or understood: the platform did not answer, the
 * descriptor lacks the operation, or the answer is not JSON where JSON was needed.
 */
public class NorthboundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean platformFault;

    public NorthboundException(String message, boolean platformFault, Throwable cause) {
        super(message, cause);
        this.platformFault = platformFault;
    }

    /** True when the platform misbehaved (garbage, no answer); false when the setup is wrong. */
    public boolean platformFault() {
        return platformFault;
    }
}
