package org.thingconform.mutation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.thingconform.platform.DeclaredClause;
import org.thingconform.platform.FaultInfo;
import org.thingconform.result.Level;
import org.thingconform.result.Verdict;

/**
 * Decides, from the verdicts of a fault-free run and of one run per fault, which faults were
 * caught or missed, which failures are collateral, which MUST clauses are unguarded and which
 * verdicts are false alarms. Pure: no platform, so every rule can be tested with hand-made verdicts.
 *
 * <p>A clause "turns to FAIL" under a fault when it is FAIL with the fault on and was not FAIL
 * fault-free: a clause that fails anyway proves nothing about the fault, so a declared clause
 * that already failed fault-free counts as missed (and is a false alarm too). An undeclared
 * clause that turns INCONCLUSIVE in the same sense is collateral: inconclusive (the fault broke
 * something it only needs on the way), shown but not an error.
 *
 * <p>A fault declares a clause by its bare id (the clause of that id in every selected profile)
 * or qualified by its profile ({@code PROFILE-ID:CLAUSE-ID}, that profile's clause only).
 */
public final class MutationClassifier {

    private MutationClassifier() {
    }

    /**
     * @param knownFaults every fault the platform offers; a MUST clause none of them declares is unguarded
     * @param baseline    the verdicts against the fault-free platform
     * @param runs        one run per fault that was switched on
     */
    public static MutationMatrix classify(List<FaultInfo> knownFaults, List<ClauseOutcome> baseline,
                                          List<FaultRun> runs) {
        Map<ClauseRef, Verdict> faultFree = new HashMap<>();
        baseline.forEach(o -> faultFree.put(o.clause(), o.verdict()));
        List<FaultVerdict> faults = runs.stream().map(run -> judge(run, faultFree)).toList();

        List<ClauseRef> unguarded = baseline.stream().map(ClauseOutcome::clause)
                .filter(c -> c.level() == Level.MUST && knownFaults.stream().noneMatch(f -> declares(f, c))).toList();
        List<ClauseOutcome> falseAlarms = baseline.stream().filter(o -> o.verdict() != Verdict.PASS).toList();
        return new MutationMatrix(baseline, faults, unguarded, falseAlarms, knownFaults.size());
    }

    private static FaultVerdict judge(FaultRun run, Map<ClauseRef, Verdict> faultFree) {
        FaultInfo fault = run.fault();
        List<FailedClause> failed = new ArrayList<>();
        List<InconclusiveClause> inconclusive = new ArrayList<>();
        for (ClauseOutcome outcome : run.outcomes()) {
            boolean declared = declares(fault, outcome.clause());
            if (turnedTo(Verdict.FAIL, outcome, faultFree)) {
                failed.add(new FailedClause(outcome.clause(), declared, outcome.reason()));
            } else if (!declared && turnedTo(Verdict.INCONCLUSIVE, outcome, faultFree)) {
                inconclusive.add(new InconclusiveClause(outcome.clause(), outcome.reason()));
            }
        }
        List<MissedClause> missed = new ArrayList<>();
        for (DeclaredClause declared : fault.declared()) {
            List<ClauseOutcome> matching = run.outcomes().stream()
                    .filter(o -> declared.matches(o.clause().profile(), o.clause().clauseId())).toList();
            if (matching.isEmpty()) {
                missed.add(new MissedClause(declared.toString(), null, null,
                        "stale declaration: no selected profile has clause " + declared));
            }
            for (ClauseOutcome outcome : matching) {
                String why = missReason(outcome, faultFree.get(outcome.clause()));
                if (why != null) {
                    missed.add(new MissedClause(declared.clauseId(), outcome.clause().profile(), outcome.verdict(), why));
                }
            }
        }
        return new FaultVerdict(fault.name(), fault.description(), fault.clauses(), missed.isEmpty(), failed,
                inconclusive, missed);
    }

    private static boolean declares(FaultInfo fault, ClauseRef clause) {
        return fault.declares(clause.profile(), clause.clauseId());
    }

    /** Whether the clause has {@code verdict} with the fault on and had another one fault-free. */
    private static boolean turnedTo(Verdict verdict, ClauseOutcome withFault, Map<ClauseRef, Verdict> faultFree) {
        return withFault.verdict() == verdict && faultFree.get(withFault.clause()) != verdict;
    }
    /** Why a declared clause does not count as caught, or null when it does. */
    private static String missReason(ClauseOutcome withFault, Verdict faultFree) {
        String detail = withFault.reason() == null ? "" : ": " + withFault.reason();
        return switch (withFault.verdict()) {
            case FAIL -> faultFree == Verdict.FAIL
                    ? "already FAIL against the fault-free platform, so the fault is not what failed it" + detail
                    : null;
            case PASS -> "still PASS with the fault on: the clause's test does not notice the violation";
            case NOT_APPLICABLE, INCONCLUSIVE, NOT_RUN, ERROR -> withFault.verdict()
                    + " with the fault on, expected FAIL" + detail;
        };
    }
}
