package org.thingconform.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.result.Level;

class AllureResultsReportTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path out;

    private Path results;
    private Map<String, JsonNode> byClause;

    @BeforeEach
    void writeReport() throws IOException {
        ReportFiles files = ReportWriter.write(out, ReportFixtures.run(),
                List.of(ReportFixtures.pass(), ReportFixtures.fail(Level.MUST), ReportFixtures.notApplicable()));
        results = files.allureResults();
        byClause = new HashMap<>();
        try (Stream<Path> list = Files.list(results)) {
            for (Path file : list.filter(f -> f.getFileName().toString().endsWith("-result.json")).toList()) {
                JsonNode result = json.readTree(file.toFile());
                byClause.put(label(result, "clause"), result);
            }
        }
    }

    @Test
    void oneResultPerClauseWithItsStatus() {
        assertThat(byClause).containsOnlyKeys("TM-5.2.1", "TM-5.2.2", "TM-6.1.1");
        assertThat(byClause.get("TM-5.2.1").get("status").asText()).isEqualTo("passed");
        assertThat(byClause.get("TM-5.2.2").get("status").asText()).isEqualTo("failed");
        assertThat(byClause.get("TM-6.1.1").get("status").asText()).isEqualTo("skipped");
        assertThat(byClause.get("TM-5.2.2").at("/statusDetails/message").asText())
                .isEqualTo(ReportFixtures.FAIL_REASON);
    }

    @Test
    void resultCarriesNamesLabelsLinkAndParameters() {
        JsonNode pass = byClause.get("TM-5.2.1");
        assertThat(pass.get("name").asText()).isEqualTo("TM-5.2.1 — Summary of TM-5.2.1");
        assertThat(pass.get("fullName").asText()).isEqualTo("tsl-alink-mqtt/TM-5.2.1");
        assertThat(pass.get("historyId").asText()).isEqualTo(md5Hex("tsl-alink-mqtt/TM-5.2.1"))
                .isNotEqualTo(byClause.get("TM-5.2.2").get("historyId").asText());
        assertThat(pass.get("testCaseId").asText()).isNotBlank();
        assertThat(pass.get("start").asLong()).isEqualTo(ReportFixtures.T0.toEpochMilli());
        assertThat(pass.get("stop").asLong()).isEqualTo(ReportFixtures.T0.toEpochMilli() + 120);
        assertThat(label(pass, "epic")).isEqualTo("Alink thing model");
        assertThat(label(pass, "feature")).isEqualTo("5.2 Property post");
        assertThat(label(pass, "story")).isEqualTo("TM-5.2.1 Summary of TM-5.2.1");
        assertThat(label(pass, "suite")).isEqualTo("tsl-alink-mqtt");
        assertThat(label(pass, "severity")).isEqualTo("critical");
        assertThat(label(pass, "framework")).isEqualTo("thingconform");
        assertThat(labels(pass, "tag")).containsExactlyInAnyOrder("alink", "property", "MUST");
        assertThat(pass.at("/links/0/url").asText()).isEqualTo("https://example.org/alink#5.2.1");
        assertThat(pass.at("/links/0/name").asText()).isEqualTo("TM-5.2.1");
        assertThat(pass.get("parameters").findValuesAsText("value")).containsExactly("MUST", "1.0");
    }

    @Test
    void traceIsAttachedAsTextAndJson() throws IOException {
        JsonNode fail = byClause.get("TM-5.2.2");
        JsonNode attachments = fail.get("attachments");
        assertThat(attachments.findValuesAsText("name")).containsExactly("Message trace", "Message trace (JSON)");
        assertThat(attachments.findValuesAsText("type")).containsExactly("text/plain", "application/json");

        List<String> lines = Files.readAllLines(results.resolve(attachments.get(0).get("source").asText()));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("-> mqtt PUBLISH /sys/pk/dev1/thing/event/property/post qos=1");
        JsonNode traceJson = json.readTree(results.resolve(attachments.get(1).get("source").asText()).toFile());
        assertThat(traceJson).hasSize(2);
        assertThat(traceJson.get(1).get("direction").asText()).isEqualTo("RECEIVED");
        assertThat(traceJson.get(1).get("time").asText()).isEqualTo("2025-06-01T10:00:00.260Z");
        assertThat(byClause.get("TM-5.2.1").get("attachments")).isEmpty();
    }

    @Test
    void environmentAndCategoriesAreWritten() throws IOException {
        Properties environment = new Properties();
        try (Reader reader = Files.newBufferedReader(results.resolve("environment.properties"))) {
            environment.load(reader);
        }
        assertThat(environment).containsEntry("ThingConform.version", "0.1.0-TEST")
                .containsEntry("Platform", "Reference <platform>")
                .containsEntry("Faults", "drop-property-reply");
        assertThat(json.readTree(results.resolve("categories.json").toFile()).findValuesAsText("name"))
                .contains("Inconclusive (INCONCLUSIVE)");
    }

    @Test
    void rewritingReplacesResultsOfAnEarlierRun() throws IOException {
        ReportWriter.write(out, ReportFixtures.run(), List.of(ReportFixtures.pass()));

        try (Stream<Path> list = Files.list(results)) {
            assertThat(list.filter(f -> f.getFileName().toString().endsWith("-result.json"))).hasSize(1);
        }
    }

    private static String label(JsonNode result, String name) {
        List<String> values = labels(result, name);
        assertThat(values).as("label %s", name).hasSize(1);
        return values.get(0);
    }

    private static List<String> labels(JsonNode result, String name) {
        return StreamSupport.stream(result.get("labels").spliterator(), false)
                .filter(l -> l.get("name").asText().equals(name)).map(l -> l.get("value").asText()).toList();
    }

    /** Allure's conventional stable id, computed independently of the code under test. */
    private static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
