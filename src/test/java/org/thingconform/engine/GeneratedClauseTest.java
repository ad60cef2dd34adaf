package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Clauses expanded over the thing model: the test tree, selection of one case, seeds, reports and a fault. */
class GeneratedClauseTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aGeneratedClauseIsAContainerOfOneCasePerElementAndFamily() {
        TestDescriptor group = discover(Map.of(EngineConfig.CLAUSES, "TM-6.1.1"));
        TestDescriptor clause = group.getChildren().iterator().next();

        assertThat(group.getChildren()).extracting(c -> c.getUniqueId().getLastSegment().getValue())
                .containsExactly("alink-mqtt", "alink-mqtt5", "alink-coap", "alink-http");
        assertThat(clause.getType()).isEqualTo(TestDescriptor.Type.CONTAINER);
        assertThat(clause.getChildren()).extracting(c -> c.getUniqueId().getLastSegment().getValue())
                .contains("voltage/valid.min", "voltage/valid.max", "tariffMode/valid.enum-2", "meterLabel/valid.text-max")
                .doesNotContain("voltage/invalid.above-max");
        assertThat(clause.getChildren()).allSatisfy(c -> assertThat(c.getTags()).extracting(t -> t.getName())
                .contains("must", "generated"));
    }

    @Test
    void theSameSeedGivesTheSameCasesAndAnotherSeedKeepsTheirIds() {
        List<String> first = caseIds(discover(Map.of(EngineConfig.CLAUSES, "TM-6.1.2", EngineConfig.SEED, "7")));
        List<String> again = caseIds(discover(Map.of(EngineConfig.CLAUSES, "TM-6.1.2", EngineConfig.SEED, "7")));
        List<String> other = caseIds(discover(Map.of(EngineConfig.CLAUSES, "TM-6.1.2", EngineConfig.SEED, "8")));

        assertThat(again).isEqualTo(first);
        assertThat(other).isEqualTo(first);
    }

    @Test
    void oneCaseCanBeRerunByItsUniqueId() {
        UniqueId one = UniqueId.forEngine(ThingConformTestEngine.ID)
                .append(ProfileDescriptor.SEGMENT, "test-profiles/tsl-alink-mqtt/profile.yaml")
                .append(ClauseDescriptor.SEGMENT, "TM-6.1.2")
                .append(ClauseDescriptor.BINDING_SEGMENT, "alink-mqtt5")
                .append(CaseDescriptor.SEGMENT, "voltage/invalid.above-max");

        EngineExecutionResults results = EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectUniqueId(one)).execute();

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void eachCaseIsAnAllureResultWithItsParametersAndTheMatrixFoldsThemIntoTheClause(@TempDir Path reports)
            throws Exception {
        EngineExecutionResults results = EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(EngineRuns.SHIPPED.toFile()))
                .configurationParameter(EngineConfig.CLAUSES, "TM-6.1.1")
                .configurationParameter(EngineConfig.BINDINGS, "alink-mqtt")
                .configurationParameter(EngineConfig.FAULTS, "reject-max-boundary")
                .configurationParameter(EngineConfig.SEED, "42")
                .configurationParameter(EngineConfig.REPORTS_DIR, reports.toString())
                .execute();

        results.testEvents().assertStatistics(stats -> stats.failed(3));
        JsonNode row = JSON.readTree(reports.resolve("clause-matrix.json").toFile()).get("clauses").get(0);
        assertThat(row.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(row.get("cases").asInt()).isEqualTo(27);
        assertThat(row.get("bindings").toString()).isEqualTo("{\"alink-mqtt\":\"FAIL\"}");
        assertThat(Files.readString(reports.resolve("clause-matrix.html"))).contains("27 generated cases");
        assertThat(row.get("reason").asText()).startsWith("3 of 27 generated cases did not pass; first: [voltage/valid.max]");
        JsonNode maxCase = allureResults(reports).filter(r -> r.get("fullName").asText().endsWith("/voltage/valid.max"))
                .findFirst().orElseThrow();
        assertThat(maxCase.get("status").asText()).isEqualTo("failed");
        assertThat(maxCase.get("parameters").toString()).contains("\"element\"", "\"voltage\"", "\"family\"",
                "\"valid.max\"", "\"value\"", "\"480.0\"", "\"dataType\"", "float min=0 max=480", "\"seed\"", "\"42\"");
        assertThat(maxCase.get("labels").toString()).contains("{\"name\":\"clause\",\"value\":\"TM-6.1.1\"}");
        assertThat(JSON.readTree(reports.resolve("run-manifest.json").toFile()).toString()).contains("\"seed\"");
    }

    @Test
    void aProfileThatOnlyNamesANewThingModelGetsTheWholeGeneratedSuiteForIt() {
        Path thermostat = Path.of("src/test/resources/profiles/thermostat/profile.yaml");

        EngineExecutionResults results = EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(thermostat.toFile())).execute();

        List<String> cases = results.testEvents().started().stream()
                .map(e -> e.getTestDescriptor().getUniqueId().getLastSegment().getValue()).toList();
        assertThat(cases).hasSizeGreaterThan(40).contains("targetTemperature/valid.max",
                "currentTemperature/access.read-only-set", "frostAlarm/temperature/invalid.above-max",
                "boost/minutes/invalid.below-min").noneMatch(c -> c.startsWith("voltage"));
        results.testEvents().assertStatistics(stats -> stats.succeeded(cases.size()).failed(0).aborted(0));
    }

    private static Stream<JsonNode> allureResults(Path reports) throws Exception {
        try (Stream<Path> files = Files.list(reports.resolve("allure-results"))) {
            return files.filter(p -> p.toString().endsWith("-result.json")).map(p -> {
                try {
                    return JSON.readTree(p.toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList().stream();
        }
    }

    private static TestDescriptor discover(Map<String, String> parameters) {
        TestDescriptor engine = new ThingConformTestEngine().discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectFile(EngineRuns.SHIPPED.toFile()))
                .configurationParameters(parameters).build(), UniqueId.forEngine(ThingConformTestEngine.ID));
        return engine.getChildren().iterator().next().getChildren().iterator().next();
    }

    private static List<String> caseIds(TestDescriptor clause) {
        return clause.getDescendants().stream().filter(d -> d.getType() == TestDescriptor.Type.TEST)
                .map(c -> c.getUniqueId().toString()).toList();
    }
}
