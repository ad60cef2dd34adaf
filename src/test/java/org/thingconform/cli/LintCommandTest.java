package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code thingconform lint}: output formats and exit codes. Profiles are only loaded; no broker starts. */
class LintCommandTest {

    private static final String FIXTURES = "src/test/resources/lint/";
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void theShippedProfileLintsCleanAndExitsZero() {
        int exit = Main.execute("lint", "test-profiles/tsl-alink-mqtt/profile.yaml");

        assertThat(exit).as(console.stderr()).isZero();
        assertThat(console.stdout()).isEqualTo("test-profiles/tsl-alink-mqtt/profile.yaml: 0 errors, 0 warnings, 0 infos\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"test-profiles/wot-td/profile.yaml", "test-profiles/platform-interconnection/profile.yaml",
        "test-profiles/capacity/mqtt-broker-capacity.profile.yaml"})
    void everyOtherShippedProfilePassesStrictLint(String profile) {
        int exit = Main.execute("lint", "--strict", profile);

        assertThat(exit).as(console.stdout() + console.stderr()).isZero();
        assertThat(console.stdout()).contains(profile + ": 0 errors, 0 warnings");
    }

    /** The MQTT profiles' only warnings are their standards' statements not covered yet: the gap coverage counts. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml",
        "test-profiles/mqtt-broker/mqtt-5.0.profile.yaml"})
    void theMqttProfilesWarnOnlyOfTheirCoverageGap(String profile) {
        long gap = org.thingconform.profile.coverage.Coverage.of(org.thingconform.profile.ProfileLoader.load(
                java.nio.file.Path.of(profile))).orElseThrow().notCovered();

        int exit = Main.execute("lint", profile);

        assertThat(exit).as(console.stdout() + console.stderr()).isZero();
        assertThat(console.stdout().lines().filter(l -> l.contains(": warning: "))).hasSize((int) gap)
                .allMatch(l -> l.contains("[statement-not-covered]"));
        assertThat(console.stdout()).contains(profile + ": 0 errors, " + gap + " warnings");
    }

    @Test
    void errorsPrintOneLinePerFindingAndExitOne() {
        int exit = Main.execute("lint", FIXTURES + "not-connected.profile.yaml");

        assertThat(exit).isEqualTo(1);
        assertThat(console.stdout().lines()).hasSize(4);
        assertThat(console.stdout().lines().findFirst().orElseThrow()).startsWith(FIXTURES
                + "not-connected.profile.yaml:29:25: error: [not-connected] C-2: postProperties needs device 'meter' connected");
        assertThat(console.stdout()).endsWith(FIXTURES + "not-connected.profile.yaml: 3 errors, 0 warnings, 0 infos\n");
    }

    @Test
    void warningsPassUnlessStrict() {
        assertThat(Main.execute("lint", FIXTURES + "unused-ics.profile.yaml")).isZero();
        assertThat(Main.execute("lint", "--strict", FIXTURES + "unused-ics.profile.yaml")).isEqualTo(1);
        assertThat(Main.execute("lint", "--strict", FIXTURES + "requires-not-checked.profile.yaml"))
                .as("infos never fail").isZero();
    }

    @Test
    void jsonOutputParsesWithEveryFieldOfAFinding() throws Exception {
        int exit = Main.execute("lint", "--format", "json", FIXTURES + "not-connected.profile.yaml");

        assertThat(exit).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(console.stdout());
        assertThat(json.get("profile").asText()).isEqualTo(FIXTURES + "not-connected.profile.yaml");
        assertThat(json.get("findings")).hasSize(3);
        JsonNode first = json.get("findings").get(0);
        assertThat(first.get("rule").asText()).isEqualTo("not-connected");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("clause").asText()).isEqualTo("C-2");
        assertThat(first.get("location").asText()).isEqualTo(FIXTURES + "not-connected.profile.yaml:29:25");
        assertThat(first.get("line").asInt()).isEqualTo(29);
        assertThat(first.get("column").asInt()).isEqualTo(25);
        assertThat(first.get("message").asText()).startsWith("postProperties needs device 'meter' connected");
        assertThat(json.at("/summary/errors").asInt()).isEqualTo(3);
        assertThat(json.at("/summary/warnings").asInt()).isZero();
    }

    @Test
    void aProfileThatDoesNotLoadExitsTwoWithItsLocatedMessageAndNoStackTrace() {
        String broken = "src/test/resources/profiles/broken/unknown-step-key.profile.yaml";

        int exit = Main.execute("lint", broken);

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stdout()).isEmpty();
        assertThat(console.stderr()).startsWith(broken + ":27:").contains("did you mean 'values'?").doesNotContain("\tat ");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        int exit = Main.execute("lint", "--format", "xml", "test-profiles/tsl-alink-mqtt/profile.yaml");

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains("unknown format 'xml'; expected text or json");
    }
}
