package org.thingconform.cli;

import java.util.Collection;
import org.thingconform.result.Verdict;

/** The exit codes of {@code thingconform}, and how a run's verdicts map onto them. */
public final class ExitCode {

    /** Every applicable clause passed. */
    public static final int CONFORMANT = 0;
    /** At least one clause failed. */
    public static final int FAIL = 1;
    /** Bad input or usage: nothing was judged. */
    public static final int BAD_INPUT = 2;
    /** No clause failed, but some could not be decided (ERROR, INCONCLUSIVE or NOT_RUN). */
    public static final int UNDECIDED = 3;

    private ExitCode() {
    }

    public static int of(Collection<Verdict> verdicts) {
        if (verdicts.contains(Verdict.FAIL)) {
            return FAIL;
        }
        if (verdicts.contains(Verdict.ERROR) || verdicts.contains(Verdict.INCONCLUSIVE)
                || verdicts.contains(Verdict.NOT_RUN)) {
            return UNDECIDED;
        }
        return CONFORMANT;
    }
}
