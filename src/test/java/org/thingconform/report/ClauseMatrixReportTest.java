package org.thingconform.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Level;
import org.thingconform.source.SourceLocation;
import org.thingconform.waiver.Waiver;
import org.thingconform.waiver.Waivers;

class ClauseMatrixReportTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path out;

    @Test
    void matrixHasTheAgreedShapeAndCounts() throws IOException {
        ReportFiles files = ReportWriter.write(out, ReportFixtures.run(),
                List.of(ReportFixtures.pass(), ReportFixtures.fail(Level.MUST), ReportFixtures.notApplicable()));

        JsonNode matrix = json.readTree(files.clauseMatrixJson().toFile());
        JsonNode summary = matrix.get("summary");
        assertThat(summary.get("pass").asInt()).isEqualTo(1);
        assertThat(summary.get("fail").asInt()).isEqualTo(1);
        assertThat(summary.get("inconclusive").asInt()).isZero();
        assertThat(summary.get("error").asInt()).isZero();
        assertThat(summary.get("notApplicable").asInt()).isEqualTo(1);
        assertThat(summary.get("conformant").isBoolean()).isTrue();
        assertThat(summary.get("conformant").asBoolean()).isFalse();

        JsonNode clauses = matrix.get("clauses");
        assertThat(clauses).hasSize(3);
        JsonNode first = clauses.get(0);
        assertThat(fieldNames(first)).startsWith("profile", "clause", "level", "verdict", "reason")
                .contains("standard", "edition", "summary", "chapter", "source", "durationMs");
        assertThat(first.get("profile").asText()).isEqualTo("tsl-alink-mqtt");
        assertThat(first.get("clause").asText()).isEqualTo("TM-5.2.1");
        assertThat(first.get("level").asText()).isEqualTo("MUST");
        assertThat(first.get("verdict").asText()).isEqualTo("PASS");
        assertThat(first.get("reason").isNull()).isTrue();
        assertThat(first.get("edition").asText()).isEqualTo("1.0");
        assertThat(first.get("durationMs").asLong()).isEqualTo(120);
        assertThat(clauses.get(1).get("verdict").asText()).isEqualTo("FAIL");
        assertThat(clauses.get(1).get("reason").asText()).isEqualTo(ReportFixtures.FAIL_REASON);
        assertThat(clauses.get(2).get("verdict").asText()).isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void failingShouldClauseLeavesTheRunConformant() throws IOException {
        List<ClauseResult> results = List.of(ReportFixtures.pass(), ReportFixtures.fail(Level.SHOULD),
                ReportFixtures.notApplicable());
        ReportFiles files = ReportWriter.write(out, ReportFixtures.run(), results);

        JsonNode summary = json.readTree(files.clauseMatrixJson().toFile()).get("summary");
        assertThat(summary.get("conformant").asBoolean()).isTrue();
        assertThat(summary.get("fail").asInt()).isEqualTo(1);
    }

    @Test
    void aWaivedFailStaysFailInEveryReportFileAndIsMarkedWaived() throws IOException {
        Waiver waiver = new Waiver("tsl-alink-mqtt", "1.0", "TM-5.2.2", null, null, "known <issue>",
                "https://example.com/issues/16", "A. Lead", LocalDate.parse("2025-05-01"), LocalDate.parse("2025-07-01"),
                new SourceLocation(Path.of("waivers.yaml"), 2, 5));
        Waivers waivers = new Waivers(Path.of("/w/waivers.yaml"), "ab".repeat(32), List.of(waiver));

        ReportFiles files = ReportWriter.write(out, ReportFixtures.run(),
                List.of(ReportFixtures.pass(), ReportFixtures.fail(Level.MUST)), false, waivers);

        JsonNode matrix = json.readTree(files.clauseMatrixJson().toFile());
        assertThat(matrix.at("/summary/fail").asInt()).isEqualTo(1);
        assertThat(matrix.at("/summary/waived").asInt()).isEqualTo(1);
        assertThat(matrix.at("/summary/conformance").asText()).isEqualTo("conformant with waivers");
        assertThat(matrix.at("/clauses/1/verdict").asText()).isEqualTo("FAIL");
        assertThat(matrix.at("/clauses/1/waiver/source").asText()).isEqualTo("waivers.yaml:2:5");
        assertThat(matrix.at("/clauses/1/waiver/expires").asText()).isEqualTo("2025-07-01");
        assertThat(matrix.at("/clauses/0/waiver").isNull()).as("a PASS is never waived").isTrue();
        assertThat(java.nio.file.Files.readString(files.clauseMatrixHtml()))
                .contains("(waived: known &lt;issue&gt;)").contains("CONFORMANT WITH WAIVERS");
        JsonNode manifest = json.readTree(files.runManifest().toFile());
        assertThat(manifest.at("/waivers/file").asText()).isEqualTo(Path.of("/w/waivers.yaml").toString());
        assertThat(manifest.at("/waivers/used/0/clause").asText()).isEqualTo("TM-5.2.2");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
