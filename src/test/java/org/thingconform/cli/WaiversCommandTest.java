package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code thingconform run --waivers FILE} end to end: a waived FAIL stays FAIL and is shown and
 * counted as waived in every report; an expired waiver or one that matches nothing stops the run.
 */
class WaiversCommandTest {

    private static final String FAULTED_CLAUSE = "TM-5.2.3";

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void aWaivedFailStaysFailIsCountedApartAndExitsFour(@TempDir Path dir) throws IOException {
        Path waivers = write(dir, "waivers.yaml", entry("TM-5.2.3", "alink-mqtt", "2099-12-31"));
        Path reports = dir.resolve("reports");

        int exit = run(reports, "--waivers", waivers.toString());

        assertThat(exit).as(console.stdout() + console.stderr()).isEqualTo(ExitCode.WAIVED);
        assertThat(console.stdout()).containsPattern("TM-5\\.2\\.3\\s+MUST\\s+FAIL \\(waived: fix ships in 4\\.3\\) "
                        + "expected reply code 6306")
                .contains("1 FAIL (1 waived)").contains("conformant with waivers").contains("exit 4");
        JsonNode matrix = RunOutputs.json(reports.resolve("clause-matrix.json"));
        assertThat(matrix.at("/summary/fail").asInt()).isEqualTo(1);
        assertThat(matrix.at("/summary/waived").asInt()).isEqualTo(1);
        assertThat(matrix.at("/summary/conformant").asBoolean()).as("a waived FAIL is no PASS").isFalse();
        assertThat(matrix.at("/summary/conformance").asText()).isEqualTo("conformant with waivers");
        JsonNode row = matrix.get("clauses").get(0);
        assertThat(row.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(row.at("/waiver/reason").asText()).isEqualTo("fix ships in 4.3");
        assertThat(row.at("/waiver/source").asText()).endsWith("waivers.yaml:2:5");
        assertThat(Files.readString(reports.resolve("clause-matrix.html"))).contains("(waived: fix ships in 4.3)")
                .contains("CONFORMANT WITH WAIVERS");
        JsonNode manifest = RunOutputs.json(reports.resolve("run-manifest.json"));
        assertThat(manifest.at("/waivers/file").asText()).isEqualTo(waivers.toAbsolutePath().normalize().toString());
        assertThat(manifest.at("/waivers/sha256").asText()).hasSize(64);
        assertThat(manifest.at("/waivers/used/0/clause").asText()).isEqualTo(FAULTED_CLAUSE);
        JsonNode allure = RunOutputs.allureResult(reports, FAULTED_CLAUSE);
        assertThat(allure.get("status").asText()).as("a waived FAIL stays failed in Allure").isEqualTo("failed");
        assertThat(allure.at("/statusDetails/message").asText()).startsWith("FAIL (waived: fix ships in 4.3): ");
        JsonNode categories = RunOutputs.json(reports.resolve("allure-results/categories.json"));
        List<String> names = categories.findValuesAsText("name");
        int waived = names.indexOf("Waived failures (FAIL with waiver)");
        int violations = names.indexOf("Clause violations (FAIL)");
        assertThat(waived).as("Allure takes the first category that matches").isGreaterThanOrEqualTo(0)
                .isLessThan(violations);
        assertThat(allure.at("/statusDetails/message").asText())
                .matches(categories.get(waived).get("messageRegex").asText())
                .doesNotMatch(categories.get(violations).get("messageRegex").asText())
                .doesNotMatch(categories.get(names.indexOf("ICS mismatch: the platform behaved unlike its ICS answer"))
                        .get("messageRegex").asText());
    }

    @Test
    void withoutTheWaiverTheSameRunFailsWithExitOne(@TempDir Path dir) {
        int exit = run(dir.resolve("reports"));

        assertThat(exit).as(console.stdout() + console.stderr()).isEqualTo(ExitCode.FAIL);
        assertThat(console.stdout()).doesNotContain("waived").contains("— not conformant");
    }

    @Test
    void anExpiredWaiverStopsTheRunAtItsLine(@TempDir Path dir) throws IOException {
        Path waivers = write(dir, "waivers.yaml", entry("TM-5.2.3", "alink-mqtt", "2026-01-31"));

        int exit = run(dir.resolve("reports"), "--waivers", waivers.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains(waivers + ":2:5: error: the waiver for tsl-alink-mqtt draft-2026-11 "
                + "TM-5.2.3 [alink-mqtt] expired on 2026-01-31").doesNotContain("\tat ");
        assertThat(dir.resolve("reports/clause-matrix.json")).as("nothing ran").doesNotExist();
    }

    @Test
    void aWaiverThatMatchesNothingStopsTheRunAtItsLine(@TempDir Path dir) throws IOException {
        Path waivers = write(dir, "waivers.yaml", entry("TM-5.2.3", "alink-mqtt", "2099-12-31")
                + entry("TM-9.9.9", null, "2099-12-31"));

        int exit = run(dir.resolve("reports"), "--waivers", waivers.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains(waivers + ":11:5: error: the waiver for tsl-alink-mqtt draft-2026-11 "
                + "TM-9.9.9 matches nothing in this run: profile tsl-alink-mqtt has no clause 'TM-9.9.9'");
    }

    @Test
    void aWaiverOfAClauseTheRunDoesNotSelectMatchesNothing(@TempDir Path dir) throws IOException {
        Path waivers = write(dir, "waivers.yaml", entry("TM-5.2.1", null, "2099-12-31"));

        int exit = run(dir.resolve("reports"), "--waivers", waivers.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains(waivers + ":2:5: error:")
                .contains("clause TM-5.2.1 is not selected (--clause, --exclude-clause)");
    }

    @Test
    void certifyRefusesAWaiverOfAMustClauseOfAProfileThatNamesNoOwner(@TempDir Path dir) throws IOException {
        Path waivers = write(dir, "waivers.yaml", entry("TM-5.2.3", null, "2099-12-31"));

        int exit = Main.execute("run", "--certify", "--allow-draft", "--profile", "test-profiles/tsl-alink-mqtt",
                "--out", dir.resolve("reports").toString(), "--waivers", waivers.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains(waivers + ":2:5: error: --certify refuses the waiver")
                .contains("it waives a MUST clause, and profile tsl-alink-mqtt names no owner certificate");
    }

    @Test
    void validateChecksAWaiversFileAgainstItsSchema(@TempDir Path dir) throws IOException {
        Path waivers = write(dir, "team-waivers.yaml", entry("TM-5.2.3", null, "2099-12-31")
                .replace("    approver:", "    aprover:"));

        int exit = Main.execute("validate", waivers.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stdout().lines().toList()).containsExactly(
                waivers + ":2:5: error: missing required key 'approver' in waiver; expected 'approver': who accepted the waiver",
                waivers + ":8:5: error: unknown key 'aprover' in waiver (did you mean 'approver'?); expected one of "
                        + "[approver, binding, case, clause, edition, expires, granted, profile, reason, reference]",
                "1 file(s) checked (1 waivers file): 2 errors, 0 warnings");
    }

    @Test
    void theWaiversFileIsAnInputOfTheRunSoAResumeRefusesAChangedOne(@TempDir Path dir) throws IOException {
        Path waivers = write(dir, "waivers.yaml", entry("TM-5.2.3", null, "2099-12-31"));

        List<org.thingconform.journal.InputDigest> inputs = RunRequests.inputs(List.of(), null, waivers.toString());
        Files.writeString(waivers, entry("TM-5.2.3", "alink-mqtt", "2099-12-31"), java.nio.file.StandardOpenOption.APPEND);

        assertThat(inputs).singleElement().satisfies(input -> {
            assertThat(input.path()).isEqualTo(waivers.toAbsolutePath().normalize().toString());
            assertThat(input.change()).contains("changed since the run started");
        });
    }

    @Test
    void theExampleWaiversFileIsValid() {
        int exit = Main.execute("validate", "test-profiles/waivers.example.yaml");

        assertThat(exit).as(console.stdout() + console.stderr()).isEqualTo(ExitCode.CONFORMANT);
    }

    private static int run(Path reports, String... more) {
        List<String> args = new ArrayList<>(List.of("run", "--fault", "accept-out-of-range",
                "--profile", "test-profiles/tsl-alink-mqtt", "--clause", FAULTED_CLAUSE, "--binding", "alink-mqtt",
                "--out", reports.toString()));
        args.addAll(List.of(more));
        return Main.execute(args.toArray(String[]::new));
    }

    /** One waiver entry of nine lines, its mapping at column 5 of its first line. */
    private static String entry(String clause, String binding, String expires) {
        return "  - profile: tsl-alink-mqtt\n"
                + "    edition: draft-2026-11\n"
                + "    clause: " + clause + "\n"
                + (binding == null ? "    # over every binding\n" : "    binding: " + binding + "\n")
                + "    reason: fix ships in 4.3\n"
                + "    reference: https://example.com/issues/16\n"
                + "    approver: A. Lead\n"
                + "    granted: 2026-01-01\n"
                + "    expires: " + expires + "\n";
    }

    private static Path write(Path dir, String name, String entries) throws IOException {
        return Files.writeString(dir.resolve(name), "waivers:\n" + entries);
    }
}
