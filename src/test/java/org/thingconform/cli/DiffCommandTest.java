package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code thingconform diff}: the text and JSON reports of the fixture pair, and exit codes. No broker starts. */
class DiffCommandTest {

    private static final String OLD = "src/test/resources/diff/old.profile.yaml";
    private static final String NEW = "src/test/resources/diff/new.profile.yaml";
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void theTextReportGroupsAddedRemovedAndChangedWithFieldLevelDetail() {
        int exit = Main.execute("diff", OLD, NEW);

        assertThat(exit).as(console.stderr()).isZero();
        assertThat(console.stdout()).isEqualTo("""
                diff src/test/resources/diff/old.profile.yaml → src/test/resources/diff/new.profile.yaml
                standard edition: draft-2026-11 → 2027-03
                standard status: draft → published
                ics ASYNC added: optional
                added (1):
                  TM-5.5.1 MUST An async service's output comes back to the caller. (src/test/resources/diff/new.profile.yaml:62:5)
                removed (1):
                  TM-5.3.9 MAY A withdrawn clause. (src/test/resources/diff/old.profile.yaml:50:5)
                changed (4):
                  TM-5.1.2 level: SHOULD → MUST
                  TM-5.2.1 summary: A property post is acknowledged. → A valid property post is acknowledged with code 200 and the request id echoed.
                  TM-5.2.3 tags: [validation] → [validation, property]
                  TM-5.2.3 steps[1].values: {"voltage":512.5} → {"voltage":600.0}
                  TM-5.2.3 steps[2] added: readProperties {"device":"meter","expectValues":{"voltage":220.0}}
                  TM-5.4.1 requires: EVENTS → MQTT && EVENTS
                1 added, 1 removed, 4 changed, 1 unchanged
                """);
    }

    @Test
    void theJsonReportParses() throws Exception {
        int exit = Main.execute("diff", "--format", "json", OLD, NEW);

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(console.stdout());
        assertThat(json.at("/standard/0/field").asText()).isEqualTo("standard edition");
        assertThat(json.at("/added/0/id").asText()).isEqualTo("TM-5.5.1");
        assertThat(json.at("/removed/0/id").asText()).isEqualTo("TM-5.3.9");
        assertThat(json.at("/changed/0/id").asText()).isEqualTo("TM-5.1.2");
        assertThat(json.at("/changed/0/changes/0/field").asText()).isEqualTo("level");
        assertThat(json.at("/changed/0/changes/0/old").asText()).isEqualTo("SHOULD");
        assertThat(json.at("/changed/0/changes/0/new").asText()).isEqualTo("MUST");
        assertThat(json.at("/changed/2/changes/2/old").isNull()).as("an added step has no old value").isTrue();
        assertThat(json.at("/summary/unchanged").asInt()).isEqualTo(1);
    }

    @Test
    void identicalEditionsStillExitZero() {
        assertThat(Main.execute("diff", OLD, OLD)).isZero();
        assertThat(console.stdout()).contains("0 added, 0 removed, 0 changed, 6 unchanged");
    }

    @Test
    void eitherProfileFailingToLoadExitsTwoWithEveryLocatedMessage() {
        String broken = "src/test/resources/profiles/broken/unknown-step-key.profile.yaml";
        String missing = "src/test/resources/diff/missing.profile.yaml";

        int exit = Main.execute("diff", broken, missing);

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stdout()).isEmpty();
        assertThat(console.stderr()).contains(broken + ":27:").contains(missing + ": error: file not found")
                .doesNotContain("\tat ");
    }
}
