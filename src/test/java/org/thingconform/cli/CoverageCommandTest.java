package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code thingconform coverage}: per standard and edition the counts, then each statement (or the gap only), as
 * text or JSON; a profile without a statement list alone is exit 2 with one line.
 */
class CoverageCommandTest {

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void theShippedMqttProfilesShowTheirCoverage() {
        int exit = Main.execute("coverage", "test-profiles/mqtt-broker");

        assertThat(exit).as(console.stderr()).isZero();
        assertThat(console.stdout()).containsPattern("(?m)^OASIS-MQTT 3\\.1\\.1 \\(profile mqtt-broker-3\\.1\\.1, ")
                .containsPattern("(?m)^OASIS-MQTT 5\\.0 \\(profile mqtt-broker-5\\.0, ")
                .containsPattern("(?m)^  server side: \\d+ covered \\(\\d+\\.\\d %\\), \\d+ untestable with a reason, "
                        + "\\d+ not yet covered; covered or explained: \\d+\\.\\d %$")
                .containsPattern("(?m)^MQTT-3\\.3\\.1-7 +MUST +server +covered +clause MQTT-3\\.3\\.1-7$")
                .containsPattern("(?m)^MQTT-3\\.1\\.2-9 +MUST +client +untestable +binds only the client$");
    }

    @Test
    void gapsListsOnlyTheStatementsNotCovered() {
        Main.execute("coverage", "--gaps", "test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml");

        assertThat(console.stdout().lines().filter(l -> l.startsWith("MQTT-"))).isNotEmpty()
                .allMatch(l -> l.contains(" not covered "));
    }

    @Test
    void jsonCarriesTheCountsAndEachStanding() throws Exception {
        int exit = Main.execute("coverage", "--format", "json", "test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml");

        assertThat(exit).isZero();
        JsonNode report = new ObjectMapper().readTree(console.stdout()).get(0);
        assertThat(report.get("edition").asText()).isEqualTo("3.1.1");
        assertThat(report.get("covered").asLong() + report.get("untestable").asLong() + report.get("notCovered").asLong())
                .isEqualTo(report.get("serverSide").asLong());
        assertThat(report.get("statementStandings")).hasSize(report.get("statements").asInt());
    }

    @Test
    void aProfileWithoutAStatementListIsExitTwo() {
        int exit = Main.execute("coverage", "test-profiles/wot-td/profile.yaml");

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).startsWith("error: no profile names a statement list;");
    }
}
