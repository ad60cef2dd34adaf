package org.thingconform.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.result.ClauseInfo;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Level;
import org.thingconform.result.StandardInfo;
import org.thingconform.result.Tries;
import org.thingconform.result.Verdict;
import org.thingconform.source.BadInputException;
import org.thingconform.trace.TraceEntry;

/** The run journal: what is appended can be read back whole, also after a crash cut its last line. */
class RunJournalTest {

    @TempDir
    Path dir;

    @Test
    void aResultReadsBackAsItWasWrittenWithItsTraceAndTestId() {
        Path file = dir.resolve(RunJournal.FILE_NAME);
        ClauseResult result = result("[engine:thingconform]/[profile:p.yaml]/[clause:TM-6.1.1]/[case:voltage/valid.max]",
                Verdict.FAIL);
        try (RunJournal journal = RunJournal.start(file, request())) {
            journal.platform(Map.of("name", "Reference"));
            journal.result(result);
        }

        JournalContent content = JournalContent.read(file);

        assertThat(content.request()).isEqualTo(request());
        assertThat(content.results()).containsOnlyKeys(result.testId());
        assertThat(content.results().get(result.testId())).isEqualTo(result);
        assertThat(content.platform()).containsEntry("name", "Reference");
        assertThat(content.completed()).isFalse();
    }

    @Test
    void aConfirmedResultKeepsItsTriesAndTheRequestItsConfirmCount() {
        Path file = dir.resolve(RunJournal.FILE_NAME);
        ClauseResult failed = result("[engine:thingconform]/[profile:p.yaml]/[clause:TM-5.1.1]", Verdict.FAIL);
        ClauseResult confirmed = failed.confirmed(new Tries(4, 2, List.of(new Tries.Try(Verdict.PASS, null),
                new Tries.Try(Verdict.FAIL, "refused"), new Tries.Try(Verdict.PASS, null),
                new Tries.Try(Verdict.FAIL, "refused"))), failed.start(), failed.stop().plusSeconds(3));
        try (RunJournal journal = RunJournal.start(file, request())) {
            journal.result(confirmed);
        }

        JournalContent content = JournalContent.read(file);

        assertThat(content.request().confirm()).isEqualTo(3);
        assertThat(content.request().command(Path.of(""))).contains("--confirm 3");
        ClauseResult read = content.results().get(confirmed.testId());
        assertThat(read).isEqualTo(confirmed);
        assertThat(read.intermittent()).isTrue();
        assertThat(read.tries().each()).extracting(Tries.Try::reason).containsExactly(null, "refused", null, "refused");
    }

    @Test
    void aLastLineCutShortByACrashIsLeftOutAndEverythingBeforeItKept() throws Exception {
        Path file = dir.resolve(RunJournal.FILE_NAME);
        try (RunJournal journal = RunJournal.start(file, request())) {
            journal.result(result("[engine:thingconform]/[profile:p.yaml]/[clause:A-1]", Verdict.PASS));
        }
        Files.writeString(file, "{\"type\":\"RESULT\",\"at\":\"2026-12-04T17:00:00Z\",\"result\":{\"clau",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThat(JournalContent.read(file).results()).containsOnlyKeys("[engine:thingconform]/[profile:p.yaml]/[clause:A-1]");
    }

    @Test
    void aBrokenLineInTheMiddleIsAnErrorNamingItsLine() throws Exception {
        Path file = dir.resolve(RunJournal.FILE_NAME);
        try (RunJournal journal = RunJournal.start(file, request())) {
            journal.result(result("[engine:thingconform]/[profile:p.yaml]/[clause:A-1]", Verdict.PASS));
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.add(1, "not json");
        Files.write(file, lines);

        assertThatThrownBy(() -> JournalContent.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":2:1: error: not a journal line")
                .hasMessageContaining("expected one JSON object per line");
    }

    @Test
    void aFolderWithoutAJournalIsNamedWithWhatWasExpected() {
        assertThatThrownBy(() -> JournalContent.read(dir.resolve(RunJournal.FILE_NAME)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no run journal here; expected the journal.jsonl that 'thingconform run --out DIR'");
    }

    @Test
    void resultsFinishingOnSeveralThreadsAreEachAppendedWhole() throws Exception {
        Path file = dir.resolve(RunJournal.FILE_NAME);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try (RunJournal journal = RunJournal.start(file, request())) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String id = "[engine:thingconform]/[profile:p.yaml]/[clause:C-" + i + "]";
                done.add(threads.submit(() -> journal.result(result(id, Verdict.PASS))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }

        assertThat(JournalContent.read(file).results()).hasSize(200);
    }

    @Test
    void aResumeReopensTheRunUntilItCompletesAgain() {
        Path file = dir.resolve(RunJournal.FILE_NAME);
        try (RunJournal journal = RunJournal.start(file, request())) {
            journal.completed();
        }
        assertThat(JournalContent.read(file).completed()).isTrue();
        try (RunJournal journal = RunJournal.append(file)) {
            journal.resumed();
        }
        JournalContent resumed = JournalContent.read(file);
        assertThat(resumed.completed()).isFalse();
        assertThat(resumed.resumed()).hasSize(1);
    }

    @Test
    void anInputThatChangedIsNamedWithBothDigests() throws Exception {
        Path profile = dir.resolve("p.profile.yaml");
        Files.writeString(profile, "profile: p\n");
        InputDigest before = InputDigest.of(profile);
        Files.writeString(profile, "profile: p\n# edited\n");

        assertThat(before.change()).startsWith(profile.toAbsolutePath() + ": changed since the run started (SHA-256 was "
                + before.sha256() + ", is ");
        assertThat(InputDigest.of(profile).change()).isNull();
    }

    private static RunRequest request() {
        return new RunRequest("1.0", Instant.parse("2026-12-04T17:00:00Z"), List.of("/p.yaml"), null, List.of("TM-*"),
                List.of(), List.of(), List.of(), List.of(), List.of("A=yes"), "no", 42, Instant.parse("2026-12-04T17:00:00Z"),
                List.of("quietPeriod=300ms"), false, List.of("drop-events"), List.of(), List.of(new InputDigest("/p.yaml", "ab")),
                false, false, null, 3);
    }

    private static ClauseResult result(String testId, Verdict verdict) {
        ClauseInfo info = new ClauseInfo("p", new StandardInfo("S", "Standard", "1.0", "draft", null), "TM-6.1.1", Level.MUST,
                "6.1", "values", List.of("model"), "https://example.org/#tm-6.1.1", "p.yaml:3:5");
        TraceEntry entry = new TraceEntry(Instant.parse("2026-12-04T17:00:01Z"), TraceEntry.Direction.SENT, "mqtt", "PUBLISH",
                "/sys/a/b/thing/event/property/post", Map.of("qos", "1"), "{\"voltage\":250}");
        return new ClauseResult(info, "voltage/valid.max", Map.of("element", "voltage", "value", "250"), verdict,
                verdict == Verdict.PASS ? null : "expected reply code 200; got 6306", Instant.parse("2026-12-04T17:00:01Z"),
                Instant.parse("2026-12-04T17:00:02Z"), List.of(entry), "alink-mqtt", testId);
    }
}
