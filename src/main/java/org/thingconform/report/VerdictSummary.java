package org.thingconform.report;

import java.util.Collection;
import java.util.function.Predicate;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Conformance;
import org.thingconform.result.Level;
import org.thingconform.result.Verdict;

/**
 * The verdict counts of a run and whether it is conformant. One computation shared by the
 * clause matrix and the run manifest, so they can never disagree.
 *
 * @param fail        every FAIL clause, waived or not (a waived FAIL stays FAIL)
 * @param waived      how many of the FAIL clauses a waiver covers
 * @param intermittent how many of the FAIL clauses did not FAIL on every try of a confirmed run
 *                    ({@code run --confirm}): {@code FAIL (intermittent: k of n)}; they stay FAIL
 * @param conformant  true when every MUST clause that applies (verdict not NOT_APPLICABLE)
 *                    is PASS; SHOULD and MAY clauses never make a run non-conformant; a MUST clause
 *                    NOT_RUN (the run was interrupted) leaves the run not conformant; a waived MUST
 *                    FAIL does too (see {@code conformance})
 * @param conformance {@code conformant}, {@code conformant with waivers} (every MUST clause not
 *                    PASS is a waived FAIL) or {@code not conformant}
 */
public record VerdictSummary(int pass, int fail, int waived, int intermittent, int inconclusive, int error,
                             int notApplicable,
                             int notRun, boolean conformant, String conformance) {

    /** Counts the verdicts of {@code results} (one per clause) and decides conformance, with no waivers. */
    public static VerdictSummary of(Collection<ClauseResult> results) {
        return of(results, r -> false);
    }

    /** Counts the verdicts of {@code results} (one per clause), the FAILs {@code waived} says apart. */
    public static VerdictSummary of(Collection<ClauseResult> results, Predicate<ClauseResult> waived) {
        int[] counts = new int[Verdict.values().length];
        int waivedFails = 0;
        int intermittent = 0;
        Conformance conformance = Conformance.CONFORMANT;
        boolean conformant = true;
        for (ClauseResult result : results) {
            counts[result.verdict().ordinal()]++;
            boolean isWaived = result.verdict() == Verdict.FAIL && waived.test(result);
            waivedFails += isWaived ? 1 : 0;
            intermittent += result.intermittent() ? 1 : 0;
            conformance = conformance.with(result.clause().level(), result.verdict(), isWaived);
            if (result.clause().level() == Level.MUST
                    && result.verdict() != Verdict.NOT_APPLICABLE && result.verdict() != Verdict.PASS) {
                conformant = false;
            }
        }
        return new VerdictSummary(counts[Verdict.PASS.ordinal()], counts[Verdict.FAIL.ordinal()], waivedFails, intermittent,
                counts[Verdict.INCONCLUSIVE.ordinal()], counts[Verdict.ERROR.ordinal()],
                counts[Verdict.NOT_APPLICABLE.ordinal()], counts[Verdict.NOT_RUN.ordinal()], conformant,
                conformance.label());
    }

    /** The number of clauses counted. */
    public int total() {
        return pass + fail + inconclusive + error + notApplicable + notRun;
    }
}
