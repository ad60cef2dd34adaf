package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thingconform.cli.ChildRun.concat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.journal.JournalContent;
import org.thingconform.journal.RunJournal;
import org.thingconform.result.ClauseResult;

/**
 * A run killed with {@code kill -9} keeps every verdict it printed; {@code report} renders it with
 * the rest NOT_RUN; {@code run --resume} finishes it with the verdicts of an uninterrupted run;
 * resuming a completed run changes nothing; a changed input is refused.
 */
class ResumeCommandTest {

    /** Enough generated cases over one binding that the kill lands mid-run. */
    private static final String[] SELECTION = {"--profile", "test-profiles/tsl-alink-mqtt", "--binding", "alink-mqtt",
        "--clause", "TM-6.1.3", "--clause", "TM-6.2.*", "--clause", "TM-6.3.*", "--seed", "42",
        "--clock", "2026-12-04T17:00:00Z", "--param", "quietPeriod=300ms"};

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void aKilledRunKeepsWhatItPrintedAndAResumeFinishesWithTheVerdictsOfAnUninterruptedRun(@TempDir Path dir)
            throws Exception {
        Path killed = dir.resolve("killed");
        Path whole = dir.resolve("whole");
        Path printed = dir.resolve("killed.out");
        Process run = ChildRun.start(printed, concat(SELECTION, "--out", killed.toString()));
        awaitResults(killed.resolve(RunJournal.FILE_NAME), 12, run);
        run.destroyForcibly(); // SIGKILL: no shutdown hook, no report written at the end
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Map<String, String> clausesPrinted = printedVerdicts(Files.readString(printed, StandardCharsets.UTF_8));
        assertThat(killed.resolve("clause-matrix.json")).as("the kill came before the end of the run").doesNotExist();

        int rendered = Main.execute("report", killed.toString());

        assertThat(rendered).as(console.stdout() + console.stderr()).isEqualTo(ExitCode.UNDECIDED);
        Map<String, String> afterKill = matrixVerdicts(killed);
        clausesPrinted.forEach((clause, verdict) -> assertThat(afterKill).as("a clause printed before the kill")
                .containsEntry(clause, verdict));
        assertThat(afterKill).containsValue("NOT_RUN");
        assertThat(Files.readString(killed.resolve("junit").resolve(junitFile(killed)))).contains("NOT_RUN: not run: the run stopped before this test finished");
        int journaled = JournalContent.read(killed.resolve(RunJournal.FILE_NAME)).results().size();

        console.reset();
        int resumed = Main.execute("run", "--resume", killed.toString());

        assertThat(resumed).as(console.stdout() + console.stderr()).isZero();
        assertThat(console.stdout()).contains("resuming " + killed + ": " + journaled + " test result(s) kept");
        console.reset();
        assertThat(Main.execute(concat(concat(new String[] {"run"}, SELECTION), "--out", whole.toString())))
                .as(console.stdout() + console.stderr()).isZero();
        assertThat(matrixVerdicts(killed)).isEqualTo(matrixVerdicts(whole)).doesNotContainValue("NOT_RUN");
        assertThat(testResults(killed)).as("same tests, same generated values").isEqualTo(testResults(whole));
        JsonNode manifest = new ObjectMapper().readTree(killed.resolve("run-manifest.json").toFile());
        assertThat(manifest.get("resumed")).hasSize(1);

        byte[] matrixBefore = Files.readAllBytes(killed.resolve("clause-matrix.json"));
        console.reset();
        int again = Main.execute("run", "--resume", killed.toString());
        assertThat(again).isZero();
        assertThat(console.stdout()).contains("the run completed with").contains("nothing to resume, nothing changed");
        assertThat(Files.readAllBytes(killed.resolve("clause-matrix.json"))).isEqualTo(matrixBefore);
    }

    @Test
    void aResumeRefusesAProfileThatChangedSinceTheRunStartedNamingIt(@TempDir Path dir) throws Exception {
        Path profiles = dir.resolve("profiles");
        Files.createDirectories(profiles);
        for (String name : List.of("profile.yaml", "smart-meter.tsl.json")) {
            Files.copy(Path.of("test-profiles/tsl-alink-mqtt").resolve(name), profiles.resolve(name));
        }
        Path out = dir.resolve("out");
        assertThat(Main.execute("run", "--profile", profiles.toString(), "--clause", "TM-5.1.1", "--binding", "alink-mqtt",
                "--out", out.toString())).as(console.stderr()).isZero();
        Path journal = out.resolve(RunJournal.FILE_NAME);
        Files.write(journal, Files.readAllLines(journal).subList(0, 1)); // as if killed before any test finished
        Files.writeString(profiles.resolve("smart-meter.tsl.json"), Files.readString(profiles.resolve("smart-meter.tsl.json"))
                .replaceFirst("\\{", "{ "));
        console.reset();

        int exit = Main.execute("run", "--resume", out.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains(profiles.resolve("smart-meter.tsl.json").toAbsolutePath()
                + ": error: changed since the run started").contains("start a new run instead").doesNotContain("\tat ");
    }

    @Test
    void aResumeTakesNoOtherOption(@TempDir Path dir) {
        int exit = Main.execute("run", "--resume", dir.toString(), "--seed", "3");

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains("error: --resume takes the run's options from its journal; drop --seed");
    }

    private static String junitFile(Path out) throws IOException {
        try (var files = Files.list(out.resolve("junit"))) {
            return files.filter(p -> p.toString().endsWith(".xml")).findFirst().orElseThrow().getFileName().toString();
        }
    }

    /** Every clause line a run printed: clause id → verdict. */
    private static Map<String, String> printedVerdicts(String output) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^(TM-[0-9.]+)\\s+MUST\\s+([A-Z_]+)").matcher(output);
        while (m.find()) {
            verdicts.put(m.group(1), m.group(2));
        }
        return verdicts;
    }

    private static Map<String, String> matrixVerdicts(Path out) throws IOException {
        Map<String, String> verdicts = new LinkedHashMap<>();
        new ObjectMapper().readTree(out.resolve("clause-matrix.json").toFile()).get("clauses")
                .forEach(c -> verdicts.put(c.get("clause").asText(), c.get("verdict").asText()));
        return verdicts;
    }

    /** Test id → verdict and generated parameters, from a run's journal. */
    private static Map<String, String> testResults(Path out) {
        Map<String, String> tests = new java.util.TreeMap<>();
        for (ClauseResult r : JournalContent.read(out.resolve(RunJournal.FILE_NAME)).results().values()) {
            tests.put(r.testId(), r.verdict() + " " + r.parameters());
        }
        return tests;
    }

    /** Waits (polling, bounded) until the journal holds {@code results} results. */
    private static void awaitResults(Path journal, int results, Process run) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline) && run.isAlive()) {
            if (Files.exists(journal) && Files.readAllLines(journal).stream().filter(l -> l.contains("\"RESULT\"")).count()
                    >= results) {
                return;
            }
            Thread.onSpinWait();
            run.waitFor(50, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("the run did not record " + results + " results (alive: " + run.isAlive() + ")");
    }
}
