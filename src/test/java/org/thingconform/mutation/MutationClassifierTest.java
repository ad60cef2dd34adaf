package org.thingconform.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thingconform.platform.FaultInfo;
import org.thingconform.result.Level;
import org.thingconform.result.Verdict;

/** The classification rules of the mutation matrix, with hand-made verdicts and no platform. */
class MutationClassifierTest {

    private static final ClauseRef A = new ClauseRef("p", "A", Level.MUST, "a");
    private static final ClauseRef B = new ClauseRef("p", "B", Level.MUST, "b");
    private static final ClauseRef C = new ClauseRef("p", "C", Level.MUST, "c");
    private static final ClauseRef S = new ClauseRef("p", "S", Level.SHOULD, "s");

    private static final FaultInfo BREAKS_A = new FaultInfo("breaks-a", "d", List.of("A"));
    private static final FaultInfo BREAKS_B = new FaultInfo("breaks-b", "d", List.of("B"));
    private static final FaultInfo BREAKS_C = new FaultInfo("breaks-c", "d", List.of("C"));

    @Test
    void aFaultThatFailsEveryDeclaredClauseIsCaughtAndTheRunIsClean() {
        MutationMatrix matrix = MutationClassifier.classify(List.of(BREAKS_A, BREAKS_B, BREAKS_C),
                allPass(A, B, C, S), List.of(run(BREAKS_A, fail(A)), run(BREAKS_B, fail(B)), run(BREAKS_C, fail(C))));

        assertThat(matrix.faults()).allSatisfy(f -> assertThat(f.caught()).isTrue());
        assertThat(matrix.faults().get(0).failed()).containsExactly(new FailedClause(A, true, "A broke"));
        assertThat(matrix.clean()).isTrue();
        assertThat(matrix.score()).isEqualTo(new MutationScore(3, 3, 100));
        assertThat(matrix.score().line()).isEqualTo("score: 3/3 faults caught (100%)");
    }

    @Test
    void aDeclaredClauseThatStillPassesIsMissedWithItsVerdict() {
        MutationMatrix matrix = MutationClassifier.classify(List.of(BREAKS_A, BREAKS_B, BREAKS_C),
                allPass(A, B, C), List.of(run(BREAKS_A, fail(A)), run(BREAKS_B), run(BREAKS_C, fail(C))));

        FaultVerdict missed = matrix.faults().get(1);
        assertThat(missed.caught()).isFalse();
        assertThat(missed.missed()).singleElement().satisfies(m -> {
            assertThat(m.clauseId()).isEqualTo("B");
            assertThat(m.verdict()).isEqualTo(Verdict.PASS);
            assertThat(m.reason()).contains("still PASS");
        });
        assertThat(matrix.missedFaults()).containsExactly(missed);
        assertThat(matrix.clean()).isFalse();
        assertThat(matrix.score()).isEqualTo(new MutationScore(2, 3, 66));
    }

    @Test
    void anInconclusiveDeclaredClauseIsMissedWithItsReason() {
        List<ClauseOutcome> withFault = new ArrayList<>(allPass(A, B, C));
        withFault.set(0, new ClauseOutcome(A, Verdict.INCONCLUSIVE, "precondition not met: no reply"));

        MutationMatrix matrix = MutationClassifier.classify(List.of(BREAKS_A), allPass(A, B, C),
                List.of(new FaultRun(BREAKS_A, withFault)));

        assertThat(matrix.faults().get(0).missed()).singleElement().satisfies(m -> {
            assertThat(m.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
            assertThat(m.reason()).contains("expected FAIL").contains("precondition not met: no reply");
        });
    }

    @Test
    void anUndeclaredClauseThatTurnsToFailIsCollateralNotAnError() {
        MutationMatrix matrix = MutationClassifier.classify(List.of(BREAKS_A, BREAKS_B, BREAKS_C),
                allPass(A, B, C), List.of(run(BREAKS_A, fail(A), fail(B)), run(BREAKS_B, fail(B)),
                        run(BREAKS_C, fail(C))));

        FaultVerdict fault = matrix.faults().get(0);
        assertThat(fault.caught()).isTrue();
        assertThat(fault.collateral()).containsExactly(new FailedClause(B, false, "B broke"));
        assertThat(matrix.collateralCount()).isEqualTo(1);
        assertThat(matrix.clean()).isTrue();
    }

    @Test
    void aMustClauseNoFaultDeclaresIsUnguardedButAShouldClauseIsNot() {
        MutationMatrix matrix = MutationClassifier.classify(List.of(BREAKS_A), allPass(A, C, S),
                List.of(run(BREAKS_A, fail(A))));

        assertThat(matrix.unguarded()).containsExactly(C);
        assertThat(matrix.clean()).isFalse();
    }

    @Test
    void unguardedIsJudgedAgainstEveryKnownFaultNotOnlyTheOnesRun() {
        MutationMatrix matrix = MutationClassifier.classify(List.of(BREAKS_A, BREAKS_B, BREAKS_C),
                allPass(A, B, C), List.of(run(BREAKS_A, fail(A))));

        assertThat(matrix.unguarded()).isEmpty();
        assertThat(matrix.knownFaults()).isEqualTo(3);
        assertThat(matrix.score().line()).isEqualTo("score: 1/1 faults caught (100%)");
    }

    @Test
    void aClauseThatIsNotPassWithoutAFaultIsAFalseAlarm() {
        List<ClauseOutcome> baseline = new ArrayList<>(allPass(A, B, C));
        baseline.set(2, new ClauseOutcome(C, Verdict.ERROR, "the suite failed"));

        MutationMatrix matrix = MutationClassifier.classify(List.of(BREAKS_A, BREAKS_B, BREAKS_C), baseline,
                List.of(run(BREAKS_A, fail(A))));

        assertThat(matrix.falseAlarms()).containsExactly(new ClauseOutcome(C, Verdict.ERROR, "the suite failed"));
        assertThat(matrix.clean()).isFalse();
    }

    @Test
    void aDeclaredClauseThatFailsEvenWithoutTheFaultProvesNothingAndIsMissed() {
        List<ClauseOutcome> baseline = new ArrayList<>(allPass(A, B));
        baseline.set(0, new ClauseOutcome(A, Verdict.FAIL, "A always fails"));

        MutationMatrix matrix = MutationClassifier.classify(List.of(BREAKS_A, BREAKS_B), baseline,
                List.of(run(BREAKS_A, fail(A))));

        FaultVerdict fault = matrix.faults().get(0);
        assertThat(fault.caught()).isFalse();
        assertThat(fault.failed()).isEmpty();
        assertThat(fault.missed()).singleElement().satisfies(m ->
                assertThat(m.reason()).contains("already FAIL against the fault-free platform"));
        assertThat(matrix.falseAlarms()).extracting(o -> o.clause().clauseId()).containsExactly("A");
    }

    @Test
    void aFaultDeclaringAClauseNoSelectedProfileHasIsAStaleDeclarationAndMissed() {
        FaultInfo stale = new FaultInfo("stale", "d", List.of("A", "Z-9"));

        MutationMatrix matrix = MutationClassifier.classify(List.of(stale), allPass(A),
                List.of(run(stale, fail(A))));

        FaultVerdict fault = matrix.faults().get(0);
        assertThat(fault.caught()).isFalse();
        assertThat(fault.missed()).singleElement().satisfies(m -> {
            assertThat(m.clauseId()).isEqualTo("Z-9");
            assertThat(m.stale()).isTrue();
            assertThat(m.profile()).isNull();
            assertThat(m.reason()).contains("stale declaration").contains("Z-9");
        });
    }

    @Test
    void aClauseIdInTwoProfilesMustFailInBoth() {
        ClauseRef otherA = new ClauseRef("q", "A", Level.MUST, "a in q");

        MutationMatrix matrix = MutationClassifier.classify(List.of(BREAKS_A), allPass(A, otherA),
                List.of(runOver(List.of(A, otherA), BREAKS_A, fail(A))));

        assertThat(matrix.faults().get(0).missed()).singleElement()
                .satisfies(m -> assertThat(m.profile()).isEqualTo("q"));
    }

    @Test
    void aClauseQualifiedByItsProfileIsDeclaredInThatProfileOnly() {
        ClauseRef otherA = new ClauseRef("q", "A", Level.MUST, "another statement under the same id");
        FaultInfo breaksQA = new FaultInfo("breaks-q-a", "d", List.of("q:A"));

        MutationMatrix matrix = MutationClassifier.classify(List.of(breaksQA), allPass(A, otherA),
                List.of(runOver(List.of(A, otherA), breaksQA, fail(otherA), fail(A))));

        FaultVerdict fault = matrix.faults().get(0);
        assertThat(fault.caught()).isTrue();
        assertThat(fault.declared()).containsExactly("q:A");
        assertThat(fault.failed()).containsExactly(new FailedClause(A, false, "A broke"),
                new FailedClause(otherA, true, "A broke"));
        assertThat(matrix.unguarded()).as("p's A is another statement: no fault declares it").containsExactly(A);
    }

    @Test
    void aQualifiedClauseThatOnlyAnotherProfileHasIsMissedNotCaughtByTheOtherOne() {
        ClauseRef otherA = new ClauseRef("q", "A", Level.MUST, "a in q");
        FaultInfo breaksQA = new FaultInfo("breaks-q-a", "d", List.of("q:A"));

        MutationMatrix matrix = MutationClassifier.classify(List.of(breaksQA), allPass(A, otherA),
                List.of(runOver(List.of(A, otherA), breaksQA, fail(A))));

        assertThat(matrix.faults().get(0).missed()).singleElement().satisfies(m -> {
            assertThat(m.profile()).isEqualTo("q");
            assertThat(m.verdict()).isEqualTo(Verdict.PASS);
        });
        assertThat(matrix.faults().get(0).collateral()).extracting(FailedClause::clause).containsExactly(A);
    }

    @Test
    void aQualifiedClauseOfAProfileNotSelectedIsAStaleDeclarationNamedWithItsProfile() {
        FaultInfo stale = new FaultInfo("stale", "d", List.of("A", "r:A"));

        MutationMatrix matrix = MutationClassifier.classify(List.of(stale), allPass(A), List.of(run(stale, fail(A))));

        FaultVerdict fault = matrix.faults().get(0);
        assertThat(fault.caught()).isFalse();
        assertThat(fault.missed()).singleElement().satisfies(m -> {
            assertThat(m.stale()).isTrue();
            assertThat(m.clauseId()).isEqualTo("r:A");
            assertThat(m.reason()).isEqualTo("stale declaration: no selected profile has clause r:A");
        });
    }

    @Test
    void anUndeclaredClauseThatTurnsInconclusiveIsCollateralInconclusiveWithItsReasonAndNotAnError() {
        ClauseOutcome bUndecided = new ClauseOutcome(B, Verdict.INCONCLUSIVE, "could not establish the PUBREC; see A");

        MutationMatrix matrix = MutationClassifier.classify(List.of(BREAKS_A, BREAKS_B, BREAKS_C), allPass(A, B, C),
                List.of(run(BREAKS_A, fail(A), bUndecided), run(BREAKS_B, fail(B)), run(BREAKS_C, fail(C))));

        FaultVerdict fault = matrix.faults().get(0);
        assertThat(fault.caught()).isTrue();
        assertThat(fault.collateralInconclusive())
                .containsExactly(new InconclusiveClause(B, "could not establish the PUBREC; see A"));
        assertThat(fault.collateral()).isEmpty();
        assertThat(matrix.collateralInconclusiveCount()).isOne();
        assertThat(matrix.collateralCount()).isZero();
        assertThat(matrix.score()).isEqualTo(new MutationScore(3, 3, 100));
        assertThat(matrix.clean()).isTrue();
    }

    @Test
    void aClauseInconclusiveAlsoWithoutTheFaultOrDeclaredIsNoCollateralInconclusive() {
        List<ClauseOutcome> baseline = new ArrayList<>(allPass(A, B, C));
        baseline.set(2, new ClauseOutcome(C, Verdict.INCONCLUSIVE, "C never decides"));
        ClauseOutcome aUndecided = new ClauseOutcome(A, Verdict.INCONCLUSIVE, "could not establish X; see B");
        ClauseOutcome cUndecided = new ClauseOutcome(C, Verdict.INCONCLUSIVE, "C never decides");

        MutationMatrix matrix = MutationClassifier.classify(List.of(BREAKS_A), baseline,
                List.of(run(BREAKS_A, aUndecided, cUndecided)));

        FaultVerdict fault = matrix.faults().get(0);
        assertThat(fault.collateralInconclusive()).isEmpty();
        assertThat(fault.missed()).singleElement().satisfies(m -> assertThat(m.verdict()).isEqualTo(Verdict.INCONCLUSIVE));
        assertThat(matrix.falseAlarms()).extracting(o -> o.clause().clauseId()).containsExactly("C");
    }

    private static List<ClauseOutcome> allPass(ClauseRef... clauses) {
        return List.of(clauses).stream().map(c -> new ClauseOutcome(c, Verdict.PASS, null)).toList();
    }

    private static ClauseOutcome fail(ClauseRef clause) {
        return new ClauseOutcome(clause, Verdict.FAIL, clause.clauseId() + " broke");
    }

    /** A run of A, B and C with {@code fault} on: the given failures, PASS otherwise. */
    private static FaultRun run(FaultInfo fault, ClauseOutcome... failures) {
        return runOver(List.of(A, B, C), fault, failures);
    }

    private static FaultRun runOver(List<ClauseRef> clauses, FaultInfo fault, ClauseOutcome... failures) {
        List<ClauseOutcome> outcomes = new ArrayList<>();
        for (ClauseRef clause : clauses) {
            outcomes.add(List.of(failures).stream().filter(f -> f.clause().equals(clause)).findFirst()
                    .orElse(new ClauseOutcome(clause, Verdict.PASS, null)));
        }
        return new FaultRun(fault, outcomes);
    }
}
