package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.thingconform.result.ClauseInfo;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Level;
import org.thingconform.result.Verdict;

/** Which verdicts {@code run --confirm N} tries again, and that it then runs all N extra tries. */
class ConfirmationTest {

    private static final ClauseInfo CLAUSE = new ClauseInfo("p", null, "C-1", Level.MUST, "1", "s", List.of(), null,
            "p.yaml:1:1");

    @Test
    void aPassAndANotApplicableRunOnce() {
        assertThat(triesOf(Verdict.PASS, 3)).isEqualTo(1);
        assertThat(triesOf(Verdict.NOT_APPLICABLE, 3)).as("the ICS decides it, not the platform").isEqualTo(1);
    }

    @Test
    void everyVerdictThatDidNotPassRunsAllItsExtraTries() {
        assertThat(triesOf(Verdict.FAIL, 3)).isEqualTo(4);
        assertThat(triesOf(Verdict.INCONCLUSIVE, 3)).isEqualTo(4);
        assertThat(triesOf(Verdict.ERROR, 2)).isEqualTo(3);
        assertThat(triesOf(Verdict.FAIL, 0)).as("without --confirm").isEqualTo(1);
    }

    @Test
    void aFailThatPassesLaterStaysAFailAndSaysSo() {
        AtomicInteger calls = new AtomicInteger();
        ClauseResult result = Confirmation.run(2, () -> result(calls.getAndIncrement() == 0 ? Verdict.FAIL : Verdict.PASS));

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.intermittent()).isTrue();
        assertThat(result.tries().agreed()).isEqualTo(1);
        assertThat(result.tries().total()).isEqualTo(3);
    }

    private static int triesOf(Verdict verdict, int extra) {
        AtomicInteger calls = new AtomicInteger();
        Confirmation.run(extra, () -> {
            calls.incrementAndGet();
            return result(verdict);
        });
        return calls.get();
    }

    private static ClauseResult result(Verdict verdict) {
        Instant now = Instant.now();
        return new ClauseResult(CLAUSE, verdict, verdict == Verdict.PASS ? null : "because", now, now, List.of());
    }
}
