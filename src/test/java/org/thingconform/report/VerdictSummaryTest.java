package org.thingconform.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thingconform.result.Level;
import org.thingconform.result.Verdict;

class VerdictSummaryTest {

    @Test
    void countsEachVerdict() {
        VerdictSummary summary = VerdictSummary.of(List.of(
                ReportFixtures.withVerdict("A", Level.MUST, Verdict.PASS),
                ReportFixtures.withVerdict("B", Level.MAY, Verdict.FAIL),
                ReportFixtures.withVerdict("C", Level.SHOULD, Verdict.INCONCLUSIVE),
                ReportFixtures.withVerdict("D", Level.SHOULD, Verdict.ERROR),
                ReportFixtures.withVerdict("E", Level.MUST, Verdict.NOT_APPLICABLE),
                ReportFixtures.withVerdict("F", Level.MUST, Verdict.PASS)));

        assertThat(summary).isEqualTo(new VerdictSummary(2, 1, 0, 0, 1, 1, 1, 0, true, "conformant"));
        assertThat(summary.total()).isEqualTo(6);
    }

    @Test
    void anyApplicableMustClauseNotPassingMakesTheRunNonConformant() {
        for (Verdict verdict : List.of(Verdict.FAIL, Verdict.INCONCLUSIVE, Verdict.ERROR)) {
            VerdictSummary summary = VerdictSummary.of(List.of(
                    ReportFixtures.withVerdict("A", Level.MUST, Verdict.PASS),
                    ReportFixtures.withVerdict("B", Level.MUST, verdict)));
            assertThat(summary.conformant()).as("MUST clause %s", verdict).isFalse();
        }
    }

    @Test
    void notApplicableMustAndFailingShouldOrMayKeepTheRunConformant() {
        VerdictSummary summary = VerdictSummary.of(List.of(
                ReportFixtures.withVerdict("A", Level.MUST, Verdict.NOT_APPLICABLE),
                ReportFixtures.withVerdict("B", Level.SHOULD, Verdict.FAIL),
                ReportFixtures.withVerdict("C", Level.MAY, Verdict.ERROR)));

        assertThat(summary.conformant()).isTrue();
    }

    @Test
    void aWaivedMustFailMakesTheRunConformantWithWaiversAndStaysAFail() {
        List<org.thingconform.result.ClauseResult> results = List.of(
                ReportFixtures.withVerdict("A", Level.MUST, Verdict.PASS),
                ReportFixtures.withVerdict("B", Level.MUST, Verdict.FAIL));

        VerdictSummary waived = VerdictSummary.of(results, r -> r.clause().clauseId().equals("B"));
        VerdictSummary notWaived = VerdictSummary.of(results, r -> false);

        assertThat(waived.fail()).isEqualTo(1);
        assertThat(waived.waived()).isEqualTo(1);
        assertThat(waived.conformant()).isFalse();
        assertThat(waived.conformance()).isEqualTo("conformant with waivers");
        assertThat(notWaived.conformance()).isEqualTo("not conformant");
        assertThat(notWaived.waived()).isZero();
    }

    @Test
    void aWaiverDoesNotCoverAnErrorBesideIt() {
        VerdictSummary summary = VerdictSummary.of(List.of(
                ReportFixtures.withVerdict("A", Level.MUST, Verdict.ERROR),
                ReportFixtures.withVerdict("B", Level.MUST, Verdict.FAIL)), r -> true);

        assertThat(summary.conformance()).isEqualTo("not conformant");
    }
}
