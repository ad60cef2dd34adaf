package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thingconform.cli.ChildRun.concat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.journal.JournalContent;
import org.thingconform.journal.RunJournal;
import org.thingconform.result.ClauseResult;

/**
 * A run split into three shards, each a process of its own, all three testing one reference platform (a process of
 * its own, as a lab's platform: each shard signs in with its own slice of the devices) at once, merges into the
 * verdicts of the same run unsharded (against an embedded reference with the same fault): per clause, per binding
 * and per test, with a clause whose bindings and one whose failing generated cases landed on different shards. Then a shard of another
 * seed is refused (exit 2, one line). What a missing shard gives is {@code ShardsTogetherTest}'s: no result for its
 * tests, which renders NOT_RUN as {@code report} renders any test without one ({@code ResumeCommandTest}).
 */
class ShardedRunTest {

    /** Two clauses over two bindings, one of them generated (8 cases per binding) and failing under the fault. */
    private static final String[] SELECTION = {"--profile", "test-profiles/tsl-alink-mqtt", "--binding", "alink-mqtt",
        "--binding", "alink-mqtt5", "--clause", "TM-5.1.1", "--clause", "TM-5.2.1", "--clause", "TM-6.2.1",
        "--seed", "42", "--clock", "2026-12-04T17:00:00Z", "--param", "quietPeriod=300ms", "--jobs", "2"};
    private static final String FAULT = "drop-events";

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void threeShardsMergeIntoTheVerdictsOfTheUnshardedRun(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        List<Process> shards = new ArrayList<>();
        Path merged = dir.resolve("merged");
        int exit;
        // one platform for the three shards: the device and a pool of 6 give each shard 2 or 3 devices of its own
        try (ReferenceProcess platform = ReferenceProcess.start(Files.createDirectories(dir.resolve("platform")),
                "--devices", "6", "--fault", FAULT, "--profile", "test-profiles/tsl-alink-mqtt")) {
            platform.awaitReady(Duration.ofSeconds(180));
            for (int i = 1; i <= 3; i++) {
                shards.add(ChildRun.start(dir.resolve("shard-" + i + ".out"), concat(SELECTION, "--platform",
                        platform.descriptor().toString(), "--shard", i + "/3", "--out", dir.resolve("shard-" + i).toString())));
            }
            // the unsharded run in this JVM meanwhile, against an embedded reference with the same fault
            assertThat(Main.execute(concat(concat(new String[] {"run"}, SELECTION), "--fault", FAULT, "--out",
                    whole.toString()))).as(console.stdout() + console.stderr()).isEqualTo(ExitCode.FAIL);
            for (int i = 1; i <= 3; i++) {
                assertThat(shards.get(i - 1).waitFor(4, TimeUnit.MINUTES)).as("shard " + i + " ended").isTrue();
                assertThat(shards.get(i - 1).exitValue()).as(output(dir, i)).isEqualTo(ExitCode.FAIL);
            }
            console.reset();
            // merge reads the shards' descriptor again, with its secret files, which the platform deletes as it stops
            exit = Main.execute("merge", dir.resolve("shard-1").toString(), dir.resolve("shard-2").toString(),
                    dir.resolve("shard-3").toString(), "--out", merged.toString());
        }
        Set<String> firstDevices = new HashSet<>();
        for (int i = 1; i <= 3; i++) {
            firstDevices.add(device(dir.resolve("shard-" + i)));
        }
        assertThat(firstDevices).as("each shard starts its own slice of the platform's devices").hasSize(3);

        assertThat(exit).as(console.stdout() + console.stderr()).isEqualTo(ExitCode.FAIL);
        assertThat(clauses(merged)).isEqualTo(clauses(whole)).containsEntry("TM-6.2.1", "FAIL {alink-mqtt=FAIL, alink-mqtt5=FAIL}")
                .containsEntry("TM-5.1.1", "PASS {alink-mqtt=PASS, alink-mqtt5=PASS}");
        assertThat(tests(merged)).hasSize(20).isEqualTo(tests(whole));
        for (int i = 1; i <= 3; i++) {
            assertThat(tests(dir.resolve("shard-" + i))).as("each shard ran a part").hasSizeBetween(6, 7);
        }
        assertThat(console.stdout()).contains("shard 1/3 <- " + dir.resolve("shard-1"))
                .contains("TM-6.2.1       MUST   FAIL           16 of 16 runs (binding × generated case) did not pass")
                .contains("exit 1: at least one clause failed");
        JsonNode manifest = RunOutputs.json(merged.resolve("run-manifest.json"));
        assertThat(manifest.get("shards")).hasSize(3).allSatisfy(shard -> {
            assertThat(shard.get("completed").asBoolean()).isTrue();
            assertThat(shard.get("digestOf").asText()).isEqualTo("evidence/SHA256SUMS");
            assertThat(shard.get("host").asText()).isNotBlank();
        });
        assertThat(manifest.get("shard").get("partition").asText()).startsWith("round-robin");
        assertThat(RunOutputs.json(dir.resolve("shard-2").resolve("run-manifest.json")).get("shard").get("of").asText())
                .isEqualTo("2/3");
        assertThat(JournalContent.read(dir.resolve("shard-2").resolve(RunJournal.FILE_NAME)).request().shard().label())
                .isEqualTo("2/3");
        assertThat(merged.resolve("allure-report").resolve("index.html")).exists();
        try (var junit = Files.list(merged.resolve("junit"))) {
            assertThat(junit.filter(f -> f.toString().endsWith(".xml"))).isNotEmpty();
        }

        Path otherSeed = dir.resolve("shard-2-seed-43");
        Files.createDirectories(otherSeed);
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("shard-2").resolve(RunJournal.FILE_NAME)));
        lines.set(0, lines.get(0).replace("\"seed\":42", "\"seed\":43"));
        Files.write(otherSeed.resolve(RunJournal.FILE_NAME), lines);
        console.reset();

        int refused = Main.execute("merge", dir.resolve("shard-1").toString(), otherSeed.toString(),
                dir.resolve("shard-3").toString(), "--out", dir.resolve("refused").toString());

        assertThat(refused).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr().strip()).isEqualTo(otherSeed + ": error: shard 2/3 has --seed 43 where "
                + dir.resolve("shard-1") + " (shard 1/3) has --seed 42; expected the shards of one run: the same suite "
                + "version, profiles and input digests, selection, seed, options and shard count, each index once");
        assertThat(dir.resolve("refused")).doesNotExist();
    }

    /** The device that stood for the role 'meter' in a run (the first of its slice, for a shard), from its manifest. */
    private static String device(Path out) throws IOException {
        return RunOutputs.json(out.resolve("run-manifest.json")).get("platform").get("devices").get("meter")
                .get("deviceName").asText();
    }

    /** Clause id → verdict and per-binding verdicts, from the clause matrix. */
    private static Map<String, String> clauses(Path out) throws IOException {
        Map<String, String> clauses = new LinkedHashMap<>();
        for (JsonNode clause : RunOutputs.json(out.resolve("clause-matrix.json")).get("clauses")) {
            Map<String, String> bindings = new TreeMap<>();
            clause.path("bindings").fields().forEachRemaining(b -> bindings.put(b.getKey(), b.getValue().asText()));
            clauses.put(clause.get("clause").asText(), clause.get("verdict").asText() + " " + bindings);
        }
        return clauses;
    }

    /** Test id → verdict, reason and generated values, from the journal. */
    private static Map<String, String> tests(Path out) {
        Map<String, String> tests = new TreeMap<>();
        for (ClauseResult r : JournalContent.read(out.resolve(RunJournal.FILE_NAME)).results().values()) {
            tests.put(r.testId(), r.verdict() + " " + r.reason() + " " + r.parameters());
        }
        return tests;
    }

    private static String output(Path dir, int run) throws IOException {
        Path file = dir.resolve("shard-" + run + ".out");
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
