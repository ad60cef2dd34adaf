package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.thingconform.platform.DescriptorWriter;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.ProfileLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Declared versus observed ICS (issue #16): a platform answering ALINK_HTTP=no while its HTTP
 * endpoint signs the device in is reported as an ICS mismatch, with the observing test's trace as
 * evidence, in the clause matrix (JSON and HTML), the manifest and Allure; the verdict stays
 * NOT_APPLICABLE. The answer that matches what the platform does gives no mismatch.
 */
class IcsMismatchTest {

    private static final Path TSL = Path.of("test-profiles/tsl-alink-mqtt/profile.yaml");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anAnswerAgainstWhatThePlatformDoesIsAnIcsMismatchWithEvidence(@TempDir Path reports) throws Exception {
        EngineExecutionResults results = EngineRuns.run(TSL, java.util.Map.of(EngineConfig.CLAUSES,
                "TM-5.1.1", EngineConfig.ICS, "ALINK_HTTP=no", EngineConfig.REPORTS_DIR, reports.toString()));

        assertThat(EngineRuns.verdicts(results)).containsEntry("TM-5.1.1", "PASS");
        JsonNode matrix = json.readTree(reports.resolve("clause-matrix.json").toFile());
        assertThat(matrix.get("icsMismatches")).singleElement().satisfies(m -> {
            assertThat(m.get("item").asText()).isEqualTo("ALINK_HTTP");
            assertThat(m.get("declared").asText()).isEqualTo("no");
            assertThat(m.get("observed").asText()).isEqualTo("the platform does it: the clause passed over binding alink-http");
            assertThat(m.get("binding").asText()).isEqualTo("alink-http");
            assertThat(m.get("testId").asText()).endsWith("[clause:TM-5.1.1]/[binding:alink-http]");
        });
        JsonNode row = matrix.get("clauses").get(0);
        assertThat(row.at("/bindings/alink-http").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(json.readTree(reports.resolve("run-manifest.json").toFile()).get("icsMismatches")).hasSize(1);
        assertThat(Files.readString(reports.resolve("clause-matrix.html"))).contains("ICS mismatches: declared versus observed");
        String allure = allureResultOf(reports, "alink-http");
        assertThat(allure).contains("ICS mismatch: observed anyway, the platform does it")
                .contains("\"status\":\"skipped\"").contains("trace-attachment");
        assertThat(Files.readString(reports.resolve("allure-results/categories.json"))).contains("ICS mismatch");
    }

    @Test
    void aDescriptorThatAnswersAgainstWhatThePlatformDoesGivesAMismatch(@TempDir Path dir) throws Exception {
        var profile = ProfileLoader.load(TSL);
        try (var platform = PlatformSession.startEmbedded(List.of(profile), Set.of())) {
            PlatformDescriptor d = platform.descriptor();
            Map<String, Boolean> ics = new java.util.HashMap<>();
            profile.ics().forEach(item -> ics.put(item.id(), true)); // what the reference platform does
            ics.put("SYNC_SERVICES", false); // ... but it does offer sync (RRPC) calls
            Path file = dir.resolve("reference-says-no-sync.yaml");
            DescriptorWriter.write(new PlatformDescriptor(d.name(), d.mqtt(), d.northbound(), d.interconnection(),
                    d.devices(), ics, d.ixit(), d.coap(), d.http(), d.wot(), d.mqttAccount(), d.tls(), d.version()),
                    file, List.of());

            EngineExecutionResults results = EngineRuns.run(TSL, Map.of(EngineConfig.PLATFORM, file.toString(),
                    EngineConfig.CLAUSES, "TM-5.5.2", EngineConfig.BINDINGS, "alink-mqtt",
                    EngineConfig.REPORTS_DIR, dir.resolve("reports").toString()));

            assertThat(EngineRuns.verdicts(results)).as(EngineRuns.reasons(results).toString())
                    .containsEntry("TM-5.5.2", "NOT_APPLICABLE");
            JsonNode mismatches = json.readTree(dir.resolve("reports/clause-matrix.json").toFile()).get("icsMismatches");
            assertThat(mismatches).singleElement().satisfies(m -> {
                assertThat(m.get("item").asText()).isEqualTo("SYNC_SERVICES");
                assertThat(m.get("declared").asText()).isEqualTo("no");
            });
        }
    }

    @Test
    void theAnswerThatMatchesWhatThePlatformDoesGivesNone(@TempDir Path reports) throws Exception {
        EngineExecutionResults results = EngineRuns.run(TSL, java.util.Map.of(EngineConfig.CLAUSES,
                "TM-5.1.1", EngineConfig.REPORTS_DIR, reports.toString()));

        assertThat(EngineRuns.verdicts(results)).containsEntry("TM-5.1.1", "PASS");
        assertThat(json.readTree(reports.resolve("clause-matrix.json").toFile()).get("icsMismatches")).isEmpty();
        assertThat(Files.readString(reports.resolve("clause-matrix.html"))).doesNotContain("ICS mismatches");
    }

    private static String allureResultOf(Path reports, String binding) throws Exception {
        try (var files = Files.list(reports.resolve("allure-results"))) {
            for (Path p : files.filter(f -> f.toString().endsWith("-result.json")).toList()) {
                String text = Files.readString(p);
                if (text.contains("TM-5.1.1 [" + binding + "]")) {
                    return text;
                }
            }
        }
        throw new AssertionError("no Allure result for TM-5.1.1 over " + binding);
    }
}
