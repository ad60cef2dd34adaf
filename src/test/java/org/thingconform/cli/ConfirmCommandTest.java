package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code thingconform run --confirm N} end to end against the reference platform with a fault that
 * really misbehaves now and then ({@code intermittent-sign-in-refusal}: the 1st, 3rd, … device
 * sign-in is refused) and one that always does ({@code accept-wrong-client-secret}): the first is
 * {@code FAIL (intermittent: 2 of 4)} and the second {@code FAIL (4 of 4 tries)} in the console, the
 * clause matrix, the manifest, Allure (flaky) and JUnit XML, and both survive the journal into
 * {@code thingconform report}.
 */
class ConfirmCommandTest {

    private static final String INTERMITTENT = "TM-5.1.1";
    private static final String SOLID = "PI-5.1.1";

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void anIntermittentFailIsReportedAsSuchAndADeterministicOneAsNOfN(@TempDir Path dir) throws IOException {
        Path reports = dir.resolve("reports");

        int exit = Main.execute("run", "--fault", "intermittent-sign-in-refusal", "--fault", "accept-wrong-client-secret",
                "--profile", "test-profiles/tsl-alink-mqtt", "--profile", "test-profiles/platform-interconnection",
                "--clause", INTERMITTENT, "--clause", SOLID, "--binding", "alink-mqtt", "--confirm", "3",
                "--out", reports.toString());

        String out = console.stdout() + console.stderr();
        assertThat(exit).as(out).isEqualTo(ExitCode.FAIL);
        assertThat(console.stdout()).as(out)
                .containsPattern("TM-5\\.1\\.1\\s+MUST\\s+FAIL \\(intermittent: 2 of 4\\) ")
                .containsPattern("PI-5\\.1\\.1\\s+MUST\\s+FAIL \\(4 of 4 tries\\) ")
                .contains("2 FAIL (1 intermittent)").contains("--confirm 3");
        assertReports(reports);
        assertThat(junitFailure(reports, INTERMITTENT)).startsWith("FAIL (intermittent: 2 of 4): ");

        console.reset();
        assertThat(Main.execute("report", reports.toString())).as(console.stdout() + console.stderr())
                .isEqualTo(ExitCode.FAIL);
        assertThat(console.stdout()).contains("FAIL (intermittent: 2 of 4)").contains("2 FAIL (1 intermittent)");
        assertReports(reports);
    }

    @Test
    void confirmWantsAtLeastOneMoreTry(@TempDir Path dir) {
        int exit = Main.execute("run", "--profile", "test-profiles/tsl-alink-mqtt", "--clause", INTERMITTENT,
                "--confirm", "0", "--out", dir.resolve("reports").toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains("error: --confirm 0: expected how many more tries a test that did not "
                + "pass gets, at least 1").doesNotContain("\tat ");
    }

    /** What every report file says of the two FAILs (the same after the journal's round trip). */
    private static void assertReports(Path reports) throws IOException {
        JsonNode matrix = RunOutputs.json(reports.resolve("clause-matrix.json"));
        assertThat(matrix.at("/summary/fail").asInt()).isEqualTo(2);
        assertThat(matrix.at("/summary/intermittent").asInt()).isEqualTo(1);
        JsonNode flaky = row(matrix, INTERMITTENT);
        assertThat(flaky.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(flaky.get("shownVerdict").asText()).isEqualTo("FAIL (intermittent: 2 of 4)");
        assertThat(flaky.get("intermittent").asBoolean()).isTrue();
        assertThat(flaky.at("/tries/each").findValuesAsText("verdict")).containsExactly("FAIL", "PASS", "FAIL", "PASS");
        assertThat(flaky.at("/tries/each/0/reason").asText()).contains("expected");
        JsonNode solid = row(matrix, SOLID);
        assertThat(solid.get("shownVerdict").asText()).isEqualTo("FAIL (4 of 4 tries)");
        assertThat(solid.get("intermittent").asBoolean()).isFalse();
        assertThat(Files.readString(reports.resolve("clause-matrix.html"))).contains("(intermittent: 2 of 4)")
                .contains("(4 of 4 tries)");
        JsonNode manifest = RunOutputs.json(reports.resolve("run-manifest.json"));
        assertThat(manifest.at("/confirm").asInt()).isEqualTo(3);
        assertThat(manifest.at("/summary/intermittent").asInt()).isEqualTo(1);
        assertThat(manifest.at("/command").asText()).contains("--confirm 3");
        JsonNode allure = RunOutputs.allureResult(reports, INTERMITTENT);
        assertThat(allure.get("status").asText()).isEqualTo("failed");
        assertThat(allure.at("/statusDetails/flaky").asBoolean()).isTrue();
        assertThat(allure.at("/statusDetails/message").asText()).startsWith("FAIL (intermittent: 2 of 4): ");
        assertThat(RunOutputs.allureResult(reports, SOLID).at("/statusDetails/flaky").asBoolean()).isFalse();
    }

    private static JsonNode row(JsonNode matrix, String clause) {
        for (JsonNode row : matrix.get("clauses")) {
            if (row.get("clause").asText().equals(clause)) {
                return row;
            }
        }
        throw new AssertionError("no row of " + clause + " in " + matrix);
    }

    /** The failure message JUnit XML gives the test of {@code clause}. */
    private static String junitFailure(Path reports, String clause) throws IOException {
        try (Stream<Path> files = Files.list(reports.resolve("junit"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                String xml = Files.readString(file);
                int test = xml.indexOf("name=\"" + clause);
                int failure = test < 0 ? -1 : xml.indexOf("<failure message=\"", test);
                if (failure >= 0) {
                    int start = failure + "<failure message=\"".length();
                    return xml.substring(start, xml.indexOf('"', start));
                }
            }
        }
        throw new AssertionError("no JUnit failure of " + clause);
    }
}
