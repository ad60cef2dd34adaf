package org.thingconform.engine;

import org.thingconform.result.Verdict;

/**
 * Thrown by a step to end a clause's test with a verdict other than PASS. The reason
 * names what was expected and what was observed.
 */
public final class StepFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Verdict verdict;

    private StepFailure(Verdict verdict, String reason) {
        super(reason, null, false, false);
        this.verdict = verdict;
    }

    /** The platform violated the expectation. */
    public static StepFailure fail(String reason) {
        return new StepFailure(Verdict.FAIL, reason);
    }

    /** A precondition of the test was not met, so the clause cannot be decided. */
    public static StepFailure inconclusive(String reason) {
        return new StepFailure(Verdict.INCONCLUSIVE, reason);
    }

    /**
     * The clause does not apply to this platform: its test needs a value the IXIT (platform
     * descriptor) does not give, e.g. broker credentials. The reason names what is missing.
     */
    public static StepFailure notApplicable(String reason) {
        return new StepFailure(Verdict.NOT_APPLICABLE, reason);
    }

    /** The suite or its setup could not carry out the step. */
    public static StepFailure error(String reason) {
        return new StepFailure(Verdict.ERROR, reason);
    }

    public Verdict verdict() {
        return verdict;
    }
}
