package org.thingconform.result;

/**
 * The outcome of a clause, in ISO/IEC 9646 terms. Declared from best to worst for
 * combining: a clause's verdict is the worst of its tests'.
 */
public enum Verdict {
    /** The platform did what the clause requires. */
    PASS,
    /** The clause does not apply: the ICS says the option is not implemented. */
    NOT_APPLICABLE,
    /** The suite could not decide: a precondition was not met. */
    INCONCLUSIVE,
    /**
     * The run stopped (crash, kill, power loss) before this test finished: nothing is known.
     * Shown as a state of its own in every report, never as a PASS; {@code thingconform run
     * --resume} runs it.
     */
    NOT_RUN,
    /** The platform violated the clause. */
    FAIL,
    /** The suite or its setup broke; nothing is known about the clause. */
    ERROR;

    /** The worse of two verdicts; FAIL outranks INCONCLUSIVE, ERROR outranks all. */
    public Verdict worst(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
