package org.thingconform.journal;

/** The run journal cannot be written or read; the message is one line naming the file. */
public final class JournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
