package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code thingconform run} end to end: exit codes, printed verdicts and every report file. */
class RunCommandTest {

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void aRunAgainstTheReferencePlatformPassesAndWritesEveryReport(@TempDir Path reports) throws Exception {
        // the README's run; a loopback platform needs no 1 s watch for "nothing delivered", as an IXIT may say
        int exit = Main.execute("run", "--out", reports.toString(), "--param", "quietPeriod=300ms");

        assertThat(exit).as(stdout() + stderr()).isZero();
        assertThat(stdout()).contains("TM-5.2.1       MUST   PASS").contains("exit 0");
        JsonNode matrix = new ObjectMapper().readTree(reports.resolve("clause-matrix.json").toFile());
        assertThat(matrix.at("/summary/conformant").asBoolean()).isTrue();
        assertThat(matrix.at("/summary/pass").asInt()).isGreaterThanOrEqualTo(8);
        // every clause passes, but for what the reference's ICS answers no to (its broker refuses '$' topics)
        assertThat(matrix.get("clauses")).allSatisfy(c -> assertThat(c.get("verdict").asText() + " "
                + (c.hasNonNull("reason") ? c.get("reason").asText() : "")).as(c.get("clause").asText())
                .matches("PASS |NOT_APPLICABLE ICS: .*=no"));
        assertThat(matrix.get("clauses")).filteredOn(c -> c.get("verdict").asText().equals("NOT_APPLICABLE"))
                .extracting(c -> c.get("clause").asText()).containsOnly("MQTT-4.7.2-1");
        try (Stream<Path> results = Files.list(reports.resolve("allure-results"))) {
            int tests = 0;
            for (JsonNode clause : matrix.get("clauses")) {
                // generated cases count over every binding; a plain clause is one test per binding
                tests += clause.path("cases").isNumber() ? clause.get("cases").asInt()
                        : Math.max(1, clause.path("bindings").size());
            }
            assertThat(results.filter(p -> p.toString().endsWith("-result.json")).count())
                    .as("one Allure result per clause test and per generated case").isEqualTo(tests);
        }
        assertThat(reports.resolve("allure-report/index.html")).isNotEmptyFile();
        assertThat(reports.resolve("clause-matrix.html")).isNotEmptyFile();
        assertThat(reports.resolve("run-manifest.json")).isNotEmptyFile();
        try (Stream<Path> junit = Files.list(reports.resolve("junit"))) {
            assertThat(junit.filter(p -> p.toString().endsWith(".xml"))).isNotEmpty();
        }
        String everything = Files.readString(reports.resolve("run-manifest.json"))
                + Files.readString(reports.resolve("clause-matrix.html"));
        assertThat(Files.readString(reports.resolve("journal.jsonl"))).as("the journal masks secrets as the reports do")
                .doesNotContainPattern("Bearer [A-Za-z0-9._~+/=-]{12,}").contains("******");
        assertThat(everything).doesNotContain("Bearer ").contains("******").contains("\"quietPeriod\" : \"300ms\"");
    }

    @Test
    void aFaultTurnsItsClauseToFailAndTheExitCodeToOne(@TempDir Path reports) {
        int exit = Main.execute("run", "--out", reports.toString(), "--fault", "accept-out-of-range",
                "--clause", "TM-5.2.*");

        assertThat(exit).as(stdout() + stderr()).isEqualTo(ExitCode.FAIL);
        assertThat(stdout()).containsPattern("TM-5\\.2\\.3\\s+MUST\\s+FAIL\\s+4 of 4 bindings did not pass; first: "
                + "\\[alink-mqtt\\] expected reply code 6306")
                .containsPattern("\n    alink-mqtt5  FAIL  expected reply code 6306");
    }

    @Test
    void aBrokenProfileExitsTwoWithALocatedMessageAndNoStackTrace(@TempDir Path reports) {
        Path broken = Path.of("src/test/resources/profiles/broken/unknown-step-key.profile.yaml");

        int exit = Main.execute("run", "--profile", broken.toString(), "--out", reports.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stderr()).contains(broken + ":27:").contains("did you mean 'values'?").doesNotContain("\tat ");
    }

    @Test
    void anUnknownFaultExitsTwoListingTheKnownOnes(@TempDir Path reports) {
        int exit = Main.execute("run", "--out", reports.toString(), "--fault", "no-such-fault");

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stderr()).contains("unknown fault 'no-such-fault'").contains("accept-out-of-range");
    }

    @Test
    void aSelectionThatMatchesNothingIsAnErrorNotAnEmptyGreenRun(@TempDir Path reports) {
        int exit = Main.execute("run", "--out", reports.toString(), "--clause", "XX-*");

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stderr()).contains("the selection matches no clause");
    }

    @Test
    void clauseGlobsLevelsAndIcsAnswersShapeTheRun(@TempDir Path reports) {
        int exit = Main.execute("run", "--out", reports.toString(), "--clause", "TM-5.1.*", "--clause", "TM-5.4.1",
                "--level", "must", "--ics", "EVENTS=no");

        assertThat(exit).as(stdout() + stderr()).isZero();
        assertThat(stdout()).containsPattern("TM-5\\.1\\.1\\s+MUST\\s+PASS")
                .containsPattern("TM-5\\.4\\.1\\s+MUST\\s+NOT_APPLICABLE\\s+ICS: .*EVENTS=no")
                .contains("3 clause(s): 2 PASS, 1 NOT_APPLICABLE").doesNotContain("TM-5.2.1");
    }

    @Test
    void aDescriptorThatLeavesAnIcsItemUnansweredStopsTheRun(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "s3cret");
        Path descriptor = dir.resolve("platform.yaml");
        Files.writeString(descriptor, String.join("\n",
                "name: Partial platform",
                "mqtt: {host: 127.0.0.1, port: 1883}",
                "northbound: {baseUrl: 'http://127.0.0.1:8080', operations: {}}",
                "devices:",
                "  meter: {productKey: pk, deviceName: dn, deviceSecret: {file: secret.txt}}",
                "ics: {ALINK_MQTT: true, NB_PROPERTIES: true}", ""));

        int exit = Main.execute("run", "--platform", descriptor.toString(), "--out", dir.resolve("out").toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stderr()).contains("unanswered").contains("EVENTS (").contains("ASYNC_SERVICES (")
                .contains("--ics-default").doesNotContain("s3cret");
    }

    @Test
    void anUnknownTagOrIcsItemIsRefused(@TempDir Path reports) {
        assertThat(Main.execute("run", "--out", reports.toString(), "--tag", "no-such-tag")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(Main.execute("run", "--out", reports.toString(), "--ics", "NOPE=yes")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stderr()).contains("--tag no-such-tag").contains("--ics NOPE");
    }

    @Test
    void aParameterNoProfileDeclaresOrWithoutAValueIsRefused(@TempDir Path reports) {
        assertThat(Main.execute("run", "--out", reports.toString(), "--param", "quietPerod=1s")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(Main.execute("run", "--out", reports.toString(), "--param", "quietPeriod")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stderr()).contains("--param quietPerod is a parameter of no selected profile; expected one of [")
                .contains("quietPeriod").contains("parameter setting 'quietPeriod' is not NAME=VALUE");
    }

    private String stdout() {
        return console.stdout();
    }

    private String stderr() {
        return console.stderr();
    }
}
