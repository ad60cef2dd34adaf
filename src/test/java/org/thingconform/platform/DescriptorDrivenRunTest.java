package org.thingconform.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.thingconform.engine.EngineConfig;
import org.thingconform.engine.ThingConformTestEngine;
import org.thingconform.thingmodel.TslImporter;

/**
 * A run against a platform described only by a descriptor file, as a vendor's platform
 * would be: the reference platform is started here and described in YAML, secrets in
 * files, ICS answers in the descriptor. An ICS answer "no" turns the gated clause
 * NOT_APPLICABLE in the matrix and in Allure.
 */
class DescriptorDrivenRunTest {

    private static final Path PROFILE = Path.of("test-profiles/tsl-alink-mqtt/profile.yaml");
    private static EmbeddedPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = ServiceLoader.load(EmbeddedPlatformProvider.class).findFirst().orElseThrow().start(
                List.of(new DeviceRole("meter", TslImporter.importFile(PROFILE.resolveSibling("smart-meter.tsl.json")))),
                Set.of());
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @Test
    void aDescriptorAnsweringNoMakesTheGatedClauseNotApplicableInEveryReport(@TempDir Path dir) throws Exception {
        Path descriptor = describe(dir, "EVENTS", false);
        Path reports = dir.resolve("reports");

        EngineExecutionResults results = EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(PROFILE.toFile()))
                .configurationParameter(EngineConfig.PLATFORM, descriptor.toString())
                .configurationParameter(EngineConfig.CLAUSES, "TM-5.2.2,TM-5.4.1,TM-6.2.*")
                .configurationParameter(EngineConfig.REPORTS_DIR, reports.toString())
                .execute();

        results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0)); // TM-5.2.2 over MQTT 3.1.1 and CoAP
        JsonNode matrix = new ObjectMapper().readTree(reports.resolve("clause-matrix.json").toFile());
        assertThat(matrix.get("clauses")).extracting(c -> c.get("clause").asText() + "=" + c.get("verdict").asText())
                .containsExactly("TM-5.2.2=PASS", "TM-5.4.1=NOT_APPLICABLE", "TM-6.2.1=NOT_APPLICABLE",
                        "TM-6.2.2=NOT_APPLICABLE");
        assertThat(matrix.get("clauses").get(1).get("reason").asText()).contains("EVENTS=no");
        // the descriptor declares MQTT 3.1.1 and CoAP only: the MQTT 5 and HTTP runs are NOT_APPLICABLE
        assertThat(matrix.get("clauses").get(0).get("bindings").toString()).isEqualTo("{\"alink-mqtt\":\"PASS\","
                + "\"alink-mqtt5\":\"NOT_APPLICABLE\",\"alink-coap\":\"PASS\",\"alink-http\":\"NOT_APPLICABLE\"}");
        assertThat(reasonOfBinding(reports, "TM-5.2.2", "alink-http")).contains("ALINK_HTTP=no");
        String allure = Files.list(reports.resolve("allure-results")).filter(p -> p.toString().endsWith("-result.json"))
                .map(DescriptorDrivenRunTest::read).filter(r -> r.contains("\"TM-5.4.1\"")).findFirst().orElseThrow();
        assertThat(allure).contains("\"status\":\"skipped\"").contains("EVENTS=no");
        String manifest = Files.readString(reports.resolve("run-manifest.json"));
        assertThat(manifest).contains("\"EVENTS\" : false").doesNotContain(platform.descriptor().devices().get("meter")
                .deviceSecret().reveal());
    }

    @Test
    void aDescriptorLeavingAnIcsItemUnansweredRunsNothing(@TempDir Path dir) throws Exception {
        Path descriptor = describe(dir, null, false);

        EngineExecutionResults results = EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(PROFILE.toFile()))
                .configurationParameter(EngineConfig.PLATFORM, descriptor.toString())
                .configurationParameter(EngineConfig.CLAUSES, "TM-5.1.1")
                .execute();

        // nothing runs: TM-5.1.1 over each of the four bindings is an error naming the unanswered items
        results.testEvents().assertStatistics(stats -> stats.succeeded(0).failed(4));
        assertThat(results.testEvents().failed().stream().findFirst().orElseThrow()
                .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow().getMessage()).contains("unanswered").contains("EVENTS (");
    }

    /** Writes a descriptor of the running reference platform; {@code item} (when given) is answered {@code answer}. */
    private static Path describe(Path dir, String item, boolean answer) throws Exception {
        PlatformDescriptor running = platform.descriptor();
        DeviceIdentity meter = running.devices().get("meter");
        Files.writeString(dir.resolve("meter.secret"), meter.deviceSecret().reveal());
        Files.writeString(dir.resolve("token.secret"), running.northbound().bearerToken().orElseThrow().reveal());
        ObjectMapper yaml = new YAMLMapper();
        ObjectNode root = yaml.createObjectNode();
        root.put("name", "Reference platform, described by file");
        root.putObject("mqtt").put("host", running.mqtt().host()).put("port", running.mqtt().port());
        root.putObject("coap").put("host", running.coap().host()).put("port", running.coap().port());
        ObjectNode northbound = root.putObject("northbound");
        northbound.put("baseUrl", running.northbound().baseUrl());
        northbound.putObject("bearerToken").put("file", "token.secret");
        ObjectNode operations = northbound.putObject("operations");
        running.northbound().operations().forEach((name, op) -> {
            ObjectNode o = operations.putObject(name);
            o.put("method", op.method()).put("path", op.path());
            if (op.body() != null) {
                o.set("body", op.body());
            }
            op.extract().forEach((k, v) -> o.with("extract").put(k, v));
        });
        root.putObject("devices").putObject("meter").put("productKey", meter.productKey())
                .put("deviceName", meter.deviceName()).putObject("deviceSecret").put("file", "meter.secret");
        ObjectNode ics = root.putObject("ics").put("ALINK_MQTT", true).put("NB_PROPERTIES", true)
                .put("ASYNC_SERVICES", true).put("SYNC_SERVICES", true).put("ALINK_MQTT5", false)
                .put("ALINK_COAP", true).put("ALINK_HTTP", false);
        if (item != null) {
            ics.put(item, answer);
        }
        Path file = dir.resolve("platform.yaml");
        yaml.writeValue(file.toFile(), root);
        return file;
    }

    /** The reason Allure gives for {@code clause} over {@code binding}. */
    private static String reasonOfBinding(Path reports, String clause, String binding) throws java.io.IOException {
        try (var files = Files.list(reports.resolve("allure-results"))) {
            return files.filter(p -> p.toString().endsWith("-result.json")).map(DescriptorDrivenRunTest::read)
                    .filter(r -> r.contains("\"name\":\"" + clause + " [" + binding + "]"))
                    .map(r -> {
                        try {
                            return new ObjectMapper().readTree(r).path("statusDetails").path("message").asText();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).findFirst().orElseThrow(() -> new AssertionError("no Allure result of " + clause + " over " + binding));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
