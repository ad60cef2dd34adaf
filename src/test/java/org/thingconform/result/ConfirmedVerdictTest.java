package org.thingconform.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The folding rule of a confirmed run's tries ({@code run --confirm}), and how its verdicts are shown. */
class ConfirmedVerdictTest {

    private static final Instant T0 = Instant.parse("2026-12-04T17:00:00Z");
    private static final ClauseInfo CLAUSE = new ClauseInfo("p", null, "TM-5.1.1", Level.MUST, "5.1", "sign-in",
            List.of(), null, "p.yaml:3:5");

    @Test
    void aFailOnSomeTriesIsAnIntermittentFailReportedWithTheFirstFailingTry() {
        ClauseResult folded = ConfirmedVerdict.fold(tries(Verdict.PASS, Verdict.FAIL, Verdict.PASS, Verdict.FAIL));

        assertThat(folded.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(folded.intermittent()).isTrue();
        assertThat(folded.tries().total()).isEqualTo(4);
        assertThat(folded.tries().agreed()).isEqualTo(2);
        assertThat(folded.reason()).isEqualTo("try 2: FAIL");
        assertThat(folded.start()).isEqualTo(T0);
        assertThat(folded.stop()).isEqualTo(T0.plusSeconds(4));
        assertThat(folded.tries().each()).extracting(Tries.Try::reason)
                .containsExactly(null, "try 2: FAIL", null, "try 4: FAIL");
        assertThat(ShownVerdict.of(folded.verdict(), folded.tries(), null)).isEqualTo("FAIL (intermittent: 2 of 4)");
    }

    @Test
    void aFailOnEveryTryIsAFailOfNOfN() {
        ClauseResult folded = ConfirmedVerdict.fold(tries(Verdict.FAIL, Verdict.FAIL, Verdict.FAIL, Verdict.FAIL));

        assertThat(folded.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(folded.intermittent()).isFalse();
        assertThat(folded.tries().agreed()).isEqualTo(4);
        assertThat(ShownVerdict.of(folded.verdict(), folded.tries(), null)).isEqualTo("FAIL (4 of 4 tries)");
    }

    @Test
    void anyFailOutranksTriesThatCouldNotDecide() {
        ClauseResult folded = ConfirmedVerdict.fold(tries(Verdict.ERROR, Verdict.INCONCLUSIVE, Verdict.FAIL));

        assertThat(folded.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(folded.intermittent()).isTrue();
        assertThat(folded.tries().agreed()).isEqualTo(1);
        assertThat(folded.reason()).isEqualTo("try 3: FAIL");
    }

    @Test
    void anUndecidedTryIsNeverOutvotedByTriesThatPassed() {
        ClauseResult inconclusive = ConfirmedVerdict.fold(tries(Verdict.INCONCLUSIVE, Verdict.PASS, Verdict.PASS,
                Verdict.PASS));
        ClauseResult error = ConfirmedVerdict.fold(tries(Verdict.INCONCLUSIVE, Verdict.ERROR, Verdict.PASS));

        assertThat(inconclusive.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(inconclusive.intermittent()).isFalse();
        assertThat(ShownVerdict.of(inconclusive.verdict(), inconclusive.tries(), null))
                .isEqualTo("INCONCLUSIVE (1 of 4 tries)");
        assertThat(error.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(error.tries().agreed()).isEqualTo(1);
    }

    @Test
    void aSingleTryIsReturnedAsItIsWithoutTries() {
        ClauseResult once = tries(Verdict.FAIL).get(0);

        assertThat(ConfirmedVerdict.fold(List.of(once))).isSameAs(once);
        assertThat(once.tries()).isNull();
        assertThat(once.intermittent()).isFalse();
    }

    @Test
    void aShownVerdictNamesItsTriesAndItsWaiver() {
        assertThat(ShownVerdict.of(Verdict.FAIL, 2, 4, "vendor fix due")).isEqualTo(
                "FAIL (intermittent: 2 of 4; waived: vendor fix due)");
        assertThat(ShownVerdict.of(Verdict.FAIL, 0, 0, "vendor fix due")).isEqualTo("FAIL (waived: vendor fix due)");
        assertThat(ShownVerdict.of(Verdict.PASS, 0, 0, null)).isEqualTo("PASS");
        assertThat(ShownVerdict.of(Verdict.ERROR, 3, 3, null)).isEqualTo("ERROR (3 of 3 tries)");
    }

    @Test
    void aClauseFoldedFromCasesIsIntermittentOnlyWhenEveryFailingCaseIs() {
        ClauseResult flaky = ConfirmedVerdict.fold(tries(Verdict.FAIL, Verdict.PASS)).over(null);
        ClauseResult solid = ConfirmedVerdict.fold(tries(Verdict.FAIL, Verdict.FAIL));
        ClauseResult passed = tries(Verdict.PASS).get(0);

        ClauseResult onlyFlaky = ClauseVerdicts.perClause(List.of(asCase(passed, "a"), asCase(flaky, "b"))).get(0);
        ClauseResult mixed = ClauseVerdicts.perClause(List.of(asCase(flaky, "a"), asCase(solid, "b"))).get(0);

        assertThat(onlyFlaky.intermittent()).isTrue();
        assertThat(onlyFlaky.tries().agreed()).isEqualTo(1);
        assertThat(mixed.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(mixed.intermittent()).isFalse();
        assertThat(mixed.tries().agreed()).isEqualTo(2);
    }

    private static ClauseResult asCase(ClauseResult result, String caseId) {
        return new ClauseResult(result.clause(), caseId, Map.of(), result.verdict(), result.reason(), result.start(),
                result.stop(), result.trace(), null, null, List.of(), result.tries());
    }

    /** One result per verdict, the i-th (from 1) running from second i-1 to second i, its reason naming it. */
    private static List<ClauseResult> tries(Verdict... verdicts) {
        List<ClauseResult> tries = new ArrayList<>();
        for (int i = 0; i < verdicts.length; i++) {
            tries.add(new ClauseResult(CLAUSE, verdicts[i], verdicts[i] == Verdict.PASS ? null
                    : "try " + (i + 1) + ": " + verdicts[i], T0.plusSeconds(i), T0.plusSeconds(i + 1), List.of()));
        }
        return tries;
    }
}
