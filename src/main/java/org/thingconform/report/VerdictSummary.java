package org.thingconform.report;

import java.util.Collection;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Level;
import org.thingconform.result.Verdict;

/**
 * The verdict counts of a run and whether it is conformant. One computation shared by the
 * clause matrix, the run manifest and the CLI's exit decision, so they can never disagree.
 *
 * @param conformant true when every MUST clause that applies (verdict not NOT_APPLICABLE)
 *                   is PASS; SHOULD and MAY clauses never make a run non-conformant; a MUST clause
 *                   NOT_RUN (the run was interrupted) leaves the run not conformant
 */
public record VerdictSummary(int pass, int fail, int inconclusive, int error, int notApplicable, int notRun,
                             boolean conformant) {

    /** Counts the verdicts of {@code results} and decides conformance. */
    public static VerdictSummary of(Collection<ClauseResult> results) {
        int[] counts = new int[Verdict.values().length];
        boolean conformant = true;
        for (ClauseResult result : results) {
            counts[result.verdict().ordinal()]++;
            if (result.clause().level() == Level.MUST
                    && result.verdict() != Verdict.NOT_APPLICABLE && result.verdict() != Verdict.PASS) {
                conformant = false;
            }
        }
        return new VerdictSummary(counts[Verdict.PASS.ordinal()], counts[Verdict.FAIL.ordinal()],
                counts[Verdict.INCONCLUSIVE.ordinal()], counts[Verdict.ERROR.ordinal()],
                counts[Verdict.NOT_APPLICABLE.ordinal()], counts[Verdict.NOT_RUN.ordinal()], conformant);
    }

    /** The number of clauses counted. */
    public int total() {
        return pass + fail + inconclusive + error + notApplicable + notRun;
    }
}
