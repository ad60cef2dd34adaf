package org.thingconform.engine;

import org.thingconform.result.Verdict;

/**
 * Thrown by a step to end a clause's test with a verdict other than PASS. The reason
 * names what was expected and what was observed. A FAIL of an acknowledgement the protocol
 * owes on the way (a PUBACK, a SUBACK, a CONNACK accepting the connection, the platform's
 * reply to a post) that the step does not itself state carries what could not be established:
 * such a check is a means of the clause unless the profile makes it the clause's subject.
 */
public final class StepFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Verdict verdict;
    private final String acknowledgement;

    private StepFailure(Verdict verdict, String reason, String acknowledgement) {
        super(reason, null, false, false);
        this.verdict = verdict;
        this.acknowledgement = acknowledgement;
    }

    private StepFailure(Verdict verdict, String reason) {
        this(verdict, reason, null);
    }

    /** The platform violated the expectation. */
    public static StepFailure fail(String reason) {
        return new StepFailure(Verdict.FAIL, reason);
    }

    /**
     * The platform did not give an acknowledgement its protocol owes, or gave it unlike the
     * protocol says, where the step states nothing about it.
     *
     * @param what the acknowledgement, e.g. "the PUBREC of a QoS 2 PUBLISH"
     */
    public static StepFailure acknowledgement(String what, String reason) {
        return new StepFailure(Verdict.FAIL, reason, what);
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

    /** The acknowledgement this FAIL is about, when it is an unstated acknowledgement check; null otherwise. */
    public String acknowledgement() {
        return acknowledgement;
    }
}
