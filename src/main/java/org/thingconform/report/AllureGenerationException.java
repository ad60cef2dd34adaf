package org.thingconform.report;

/**
 * The Allure HTML report could not be generated: the command-line distribution is missing,
 * the generator failed or timed out. The message is one line saying what failed and where
 * the generator's log is; callers print it, never a stack trace. The Allure results and the
 * other report files are unaffected.
 */
public class AllureGenerationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AllureGenerationException(String message) {
        super(message);
    }

    public AllureGenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
