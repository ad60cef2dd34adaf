package org.thingconform.report;

/**
 * A report file could not be written (disk full, no permission, …). Its message is one line
 * saying which file and why; the CLI prints it and exits non-zero, never with a stack trace.
 * Files written before the failure are kept.
 */
public class ReportWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
