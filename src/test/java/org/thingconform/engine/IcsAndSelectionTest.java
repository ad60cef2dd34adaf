package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;

/** ICS gating (NOT_APPLICABLE, fail closed) and clause selection, through the engine. */
class IcsAndSelectionTest {

    @Test
    void anIcsAnswerNoTurnsTheGatedClausesNotApplicableInEveryReport(@TempDir Path reports) throws Exception {
        EngineExecutionResults results = EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(EngineRuns.SHIPPED.toFile()))
                .configurationParameter(EngineConfig.CLAUSES, "TM-5.4.*,TM-5.1.1")
                .configurationParameter(EngineConfig.ICS, "EVENTS=no")
                .configurationParameter(EngineConfig.REPORTS_DIR, reports.toString())
                .execute();

        // TM-5.1.1 passes over the four bindings; TM-5.4.1 is skipped over all four
        results.testEvents().assertStatistics(stats -> stats.skipped(4).succeeded(4));
        JsonNode matrix = new ObjectMapper().readTree(reports.resolve("clause-matrix.json").toFile());
        JsonNode events = matrix.get("clauses").get(1);
        assertThat(events.get("clause").asText()).isEqualTo("TM-5.4.1");
        assertThat(events.get("verdict").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(events.get("reason").asText()).contains("EVENTS=no");
        assertThat(matrix.at("/summary/notApplicable").asInt()).isEqualTo(1);
        assertThat(matrix.at("/summary/conformant").asBoolean()).isTrue();
        String allure = String.join("\n", Files.readAllLines(Files.list(reports.resolve("allure-results"))
                .filter(p -> p.toString().endsWith("-result.json"))
                .filter(p -> readQuietly(p).contains("TM-5.4.1")).findFirst().orElseThrow()));
        assertThat(allure).contains("\"status\":\"skipped\"").contains("EVENTS=no");
        JsonNode manifest = new ObjectMapper().readTree(reports.resolve("run-manifest.json").toFile());
        assertThat(manifest.at("/platform/icsAnswersUsed/EVENTS").asBoolean()).isFalse();
        assertThat(manifest.at("/platform/icsOverrides/EVENTS").asBoolean()).isFalse();
    }

    @Test
    void clauseGlobsSelectAndExclude() {
        EngineExecutionResults results = EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(EngineRuns.SHIPPED.toFile()))
                .configurationParameter(EngineConfig.CLAUSES, "TM-5.2.*")
                .configurationParameter(EngineConfig.EXCLUDE_CLAUSES, "TM-5.2.3")
                .execute();

        assertThat(EngineRuns.verdicts(results)).containsOnlyKeys("TM-5.2.1", "TM-5.2.2");
    }

    @Test
    void unansweredIcsItemsAreListedAndNothingDefaultsSilently() {
        Profile profile = ProfileLoader.load(EngineRuns.SHIPPED);

        IcsAnswers closed = IcsAnswers.resolve(List.of(profile), Map.of("ALINK_MQTT", true), Map.of(),
                Optional.empty(), false);
        IcsAnswers defaulted = IcsAnswers.resolve(List.of(profile), Map.of("ALINK_MQTT", true), Map.of(),
                Optional.of(false), false);

        assertThat(closed.missing()).extracting(i -> i.id())
                .containsExactly("ALINK_MQTT5", "ALINK_COAP", "ALINK_HTTP", "NB_PROPERTIES", "EVENTS", "ASYNC_SERVICES",
                        "SYNC_SERVICES");
        assertThat(closed.missingMessage()).contains("NB_PROPERTIES (Can a northbound client");
        assertThat(defaulted.missing()).isEmpty();
        assertThat(defaulted.defaulted()).containsExactlyInAnyOrder("ALINK_MQTT5", "ALINK_COAP", "ALINK_HTTP", "NB_PROPERTIES",
                "EVENTS", "ASYNC_SERVICES",
                "SYNC_SERVICES");
        assertThat(defaulted.answers()).containsEntry("ALINK_MQTT", true).containsEntry("EVENTS", false);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
