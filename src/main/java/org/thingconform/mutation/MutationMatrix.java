package org.thingconform.mutation;

import java.util.List;

/**
 * The classified result of a mutation run: does every fault fail the clauses it declares,
 * has every MUST clause a fault, and does the fault-free platform pass everything?
 *
 * @param baseline    every selected clause's verdict against the fault-free platform
 * @param faults      one verdict per fault run, in run order
 * @param unguarded   MUST clauses that no fault of the platform declares: they have no negative control
 * @param falseAlarms clauses that are not PASS against the fault-free platform
 * @param knownFaults how many faults the platform offers (more than {@code faults.size()} when
 *                    a subset was selected)
 * @param collateralLookedFor whether each fault ran every clause of its profiles (false: only the clauses it
 *                    declares, so collateral failures were not looked for)
 */
public record MutationMatrix(List<ClauseOutcome> baseline, List<FaultVerdict> faults, List<ClauseRef> unguarded,
                             List<ClauseOutcome> falseAlarms, int knownFaults, boolean collateralLookedFor) {

    /** A matrix whose faults ran every clause of their profiles. */
    public MutationMatrix(List<ClauseOutcome> baseline, List<FaultVerdict> faults, List<ClauseRef> unguarded,
                          List<ClauseOutcome> falseAlarms, int knownFaults) {
        this(baseline, faults, unguarded, falseAlarms, knownFaults, true);
    }

    /** The same matrix, its faults having run only the clauses they declare. */
    public MutationMatrix declaredOnly() {
        return new MutationMatrix(baseline, faults, unguarded, falseAlarms, knownFaults, false);
    }

    public MutationMatrix {
        baseline = List.copyOf(baseline);
        faults = List.copyOf(faults);
        unguarded = List.copyOf(unguarded);
        falseAlarms = List.copyOf(falseAlarms);
    }

    /** The faults that missed at least one declared clause. */
    public List<FaultVerdict> missedFaults() {
        return faults.stream().filter(f -> !f.caught()).toList();
    }

    /** Every collateral failure, over all faults. */
    public int collateralCount() {
        return faults.stream().mapToInt(f -> f.collateral().size()).sum();
    }

    /** Every undeclared clause a fault turned INCONCLUSIVE, over all faults (not an error). */
    public int collateralInconclusiveCount() {
        return faults.stream().mapToInt(f -> f.collateralInconclusive().size()).sum();
    }

    public MutationScore score() {
        return MutationScore.of((int) faults.stream().filter(FaultVerdict::caught).count(), faults.size());
    }

    /** True when no fault was missed, no MUST clause is unguarded and there is no false alarm. */
    public boolean clean() {
        return missedFaults().isEmpty() && unguarded.isEmpty() && falseAlarms.isEmpty();
    }
}
