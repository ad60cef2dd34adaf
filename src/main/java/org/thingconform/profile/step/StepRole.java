package org.thingconform.profile.step;

/**
 * What a step is to its clause: the checks it makes are the clause's subject (what the
 * clause's requirement is about) or a means (what the test needs on the way). Failing a
 * subject check is a FAIL; failing a means leaves the clause INCONCLUSIVE, since the
 * requirement itself could not be tried. Written on a step as {@code subject: true},
 * {@code means: true} or {@code means: CLAUSE-ID}, and {@code see: CLAUSE-ID} for the clause
 * whose subject the step's means are.
 *
 * @param kind how the step's checks count
 * @param see  the id of the profile clause whose subject this step's means are, or null
 */
public record StepRole(Kind kind, String see) {

    /** How a step's checks count for its clause. */
    public enum Kind {
        /** The rule of the language: {@code given} steps are means; in {@code steps}, what the step states is the
         * subject and an acknowledgement the step does not state is a means. */
        DEFAULT,
        /** Every check of the step is the clause's subject, the acknowledgements its protocol owes included. */
        SUBJECT,
        /** Every check of the step is a means. */
        MEANS
    }

    /** A step written without a role. */
    public static final StepRole DEFAULT = new StepRole(Kind.DEFAULT, null);
}
