package org.thingconform.cli;

import java.util.Collection;
import org.thingconform.result.Verdict;

/** The exit codes of {@code thingconform}, and how a run's verdicts map onto them. */
public final class ExitCode {

    /** Every applicable clause passed. */
    public static final int CONFORMANT = 0;
    /** At least one clause failed, and no waiver covers that FAIL. */
    public static final int FAIL = 1;
    /** Bad input or usage: nothing was judged. */
    public static final int BAD_INPUT = 2;
    /** No clause failed (or a waiver covers every FAIL), but some could not be decided (ERROR, INCONCLUSIVE or NOT_RUN). */
    public static final int UNDECIDED = 3;
    /**
     * Some clauses failed, a waiver covers every FAIL ({@code --waivers}), and every other clause
     * passed or does not apply (a waived MUST FAIL makes the run "conformant with waivers"). Distinct
     * from 0, so a CI job can accept it knowingly, and from 1, so it can tell accepted failures from new ones.
     */
    public static final int WAIVED = 4;

    private ExitCode() {
    }

    public static int of(Collection<Verdict> verdicts) {
        return of(verdicts, 0);
    }

    /** The exit code of clause {@code verdicts} of which {@code waivedFails} are FAILs a waiver covers. */
    public static int of(Collection<Verdict> verdicts, int waivedFails) {
        long fails = verdicts.stream().filter(v -> v == Verdict.FAIL).count();
        if (fails > waivedFails) {
            return FAIL;
        }
        if (verdicts.contains(Verdict.ERROR) || verdicts.contains(Verdict.INCONCLUSIVE)
                || verdicts.contains(Verdict.NOT_RUN)) {
            return UNDECIDED;
        }
        return fails > 0 ? WAIVED : CONFORMANT;
    }
}
