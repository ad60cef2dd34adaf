package org.thingconform.engine;

import org.thingconform.profile.step.StepRole;
import org.thingconform.result.Verdict;

/**
 * Puts a failed check where it belongs: on the clause's subject, which makes the clause FAIL,
 * or on a means, which leaves it INCONCLUSIVE (the requirement itself could not be tried;
 * the TTCN-3 rule). {@code given} steps are means; in {@code steps}, what a step states is
 * the subject and an acknowledgement it does not state is a means, unless the profile marks
 * the step {@code subject: true} or {@code means: …}. A means' reason names what could not be
 * established and, where the profile says, the clause whose subject it is.
 */
final class Attribution {

    private Attribution() {
    }

    /** The verdict and reason of a step that failed with {@code failure}; {@code where} names the step. */
    static Outcome of(StepFailure failure, StepRole role, boolean given, String where) {
        String see = role.see() == null ? "" : "; see " + role.see();
        Verdict verdict = failure.verdict();
        if (given) {
            if (verdict == Verdict.NOT_APPLICABLE) {
                return new Outcome(verdict, failure.getMessage() + where);
            }
            return new Outcome(verdict == Verdict.ERROR ? verdict : Verdict.INCONCLUSIVE,
                    "precondition not met: " + failure.getMessage() + see + where);
        }
        if (verdict != Verdict.FAIL || subject(failure, role)) {
            return new Outcome(verdict, failure.getMessage() + where);
        }
        String what = failure.acknowledgement() != null ? failure.acknowledgement() + ", a means of this clause"
                : "a means of this clause";
        return new Outcome(Verdict.INCONCLUSIVE, "could not establish " + what + ", not its subject: "
                + failure.getMessage() + see + where);
    }

    private static boolean subject(StepFailure failure, StepRole role) {
        return switch (role.kind()) {
            case SUBJECT -> true;
            case MEANS -> false;
            case DEFAULT -> failure.acknowledgement() == null;
        };
    }

    /** A step's verdict and the reason that goes with it. */
    record Outcome(Verdict verdict, String reason) {
    }
}
