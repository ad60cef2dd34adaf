package org.thingconform.evidence;

/** Evidence could not be written or read; the message is one line naming the file. */
public final class EvidenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EvidenceException(String message, Throwable cause) {
        super(message, cause);
    }

    public EvidenceException(String message) {
        super(message);
    }
}
