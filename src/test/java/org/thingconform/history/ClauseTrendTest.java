package org.thingconform.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.result.Verdict;
import org.thingconform.source.BadInputException;

class ClauseTrendTest {

    @Test
    void aFailAfterAPassIsNewlyFailingAndAPassAfterAFailIsFixed() {
        assertThat(ClauseTrend.of(Verdict.FAIL, List.of(Verdict.PASS, Verdict.PASS)).mark()).contains(TrendMark.NEWLY_FAILING);
        assertThat(ClauseTrend.of(Verdict.PASS, List.of(Verdict.FAIL, Verdict.FAIL)).mark()).contains(TrendMark.FIXED);
        assertThat(ClauseTrend.of(Verdict.FAIL, List.of(Verdict.FAIL)).mark()).isEmpty();
        assertThat(ClauseTrend.of(Verdict.PASS, List.of()).mark()).isEmpty();
    }

    @Test
    void aVerdictGoingBackAndForthIsFlaky() {
        assertThat(ClauseTrend.of(Verdict.PASS, List.of(Verdict.FAIL, Verdict.PASS)).mark()).contains(TrendMark.FLAKY);
        assertThat(ClauseTrend.of(Verdict.FAIL, List.of(Verdict.PASS, Verdict.NOT_APPLICABLE, Verdict.FAIL)).mark())
                .contains(TrendMark.FLAKY);
    }

    @Test
    void theHistoryKeepsTheNewestRunsFirstAndAtMostTen(@TempDir Path dir) throws Exception {
        VerdictHistory history = VerdictHistory.empty();
        for (int i = 0; i < VerdictHistory.KEPT + 2; i++) {
            history = history.with(new PastRun(Instant.ofEpochSecond(i), "1", Map.of("p C-1",
                    i % 2 == 0 ? Verdict.PASS : Verdict.FAIL)));
        }
        Path file = dir.resolve(VerdictHistory.FILE_NAME);
        Files.write(file, history.bytes());
        VerdictHistory read = VerdictHistory.load(file);
        assertThat(read.runs()).hasSize(VerdictHistory.KEPT);
        assertThat(read.runs().get(0).start()).isEqualTo(Instant.ofEpochSecond(VerdictHistory.KEPT + 1));
        assertThat(read.trend("p C-1", Verdict.PASS).previous()).startsWith(Verdict.FAIL, Verdict.PASS);
    }

    @Test
    void aFileThatIsNotAHistoryIsRefusedWithAOneLineMessage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(VerdictHistory.FILE_NAME);
        Files.writeString(file, "[1, 2");
        assertThatThrownBy(() -> VerdictHistory.load(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("error: " + file + " is not a verdict history").hasMessageNotContaining("\n");
    }
}
