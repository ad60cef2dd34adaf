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
import org.thingconform.result.RunInfo;
import org.thingconform.result.Tries;
import org.thingconform.result.Verdict;
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

    @Test
    void anIntermittentFailStaysFailIsCountedApartAndIsFlakyInAllure() throws IOException {
        ClauseResult failed = ReportFixtures.fail(Level.MUST);
        ClauseResult intermittent = failed.confirmed(new Tries(4, 2, List.of(new Tries.Try(Verdict.PASS, null),
                new Tries.Try(Verdict.FAIL, ReportFixtures.FAIL_REASON), new Tries.Try(Verdict.PASS, null),
                new Tries.Try(Verdict.FAIL, "expected code 200 but was <500>"))), failed.start(), failed.stop());
        ClauseResult other = ReportFixtures.withVerdict("TM-7.1", Level.MUST, Verdict.FAIL);
        ClauseResult solid = other.confirmed(new Tries(4, 4, java.util.Collections.nCopies(4,
                new Tries.Try(Verdict.FAIL, other.reason()))), other.start(), other.stop());
        RunInfo run = ReportFixtures.run();
        run = new RunInfo(run.suiteVersion(), run.start(), run.end(), run.platform(), run.profiles(), run.faults(),
                run.replay(), run.resumed(), run.kind(), 3);

        ReportFiles files = ReportWriter.write(out, run, List.of(ReportFixtures.pass(), intermittent, solid));

        JsonNode matrix = json.readTree(files.clauseMatrixJson().toFile());
        assertThat(matrix.at("/summary/fail").asInt()).isEqualTo(2);
        assertThat(matrix.at("/summary/intermittent").asInt()).isEqualTo(1);
        assertThat(matrix.at("/clauses/1/verdict").asText()).isEqualTo("FAIL");
        assertThat(matrix.at("/clauses/1/shownVerdict").asText()).isEqualTo("FAIL (intermittent: 2 of 4)");
        assertThat(matrix.at("/clauses/1/intermittent").asBoolean()).isTrue();
        assertThat(matrix.at("/clauses/1/tries/each/3/reason").asText()).isEqualTo("expected code 200 but was <500>");
        assertThat(matrix.at("/clauses/2/shownVerdict").asText()).isEqualTo("FAIL (4 of 4 tries)");
        assertThat(matrix.at("/clauses/2/intermittent").asBoolean()).isFalse();
        assertThat(java.nio.file.Files.readString(files.clauseMatrixHtml()))
                .contains("(intermittent: 2 of 4)").contains("(4 of 4 tries)").contains("</b><span class=\"badge FAIL\">FAIL</span> intermittent")
                .contains("expected code 200 but was &lt;500&gt;").contains("--confirm 3");
        JsonNode manifest = json.readTree(files.runManifest().toFile());
        assertThat(manifest.at("/confirm").asInt()).isEqualTo(3);
        assertThat(manifest.at("/summary/intermittent").asInt()).isEqualTo(1);

        JsonNode flaky = json.readTree(files.allureResults().resolve(AllureResultFactory.uuid(intermittent) + "-result.json")
                .toFile());
        assertThat(flaky.at("/status").asText()).isEqualTo("failed");
        assertThat(flaky.at("/statusDetails/flaky").asBoolean()).isTrue();
        assertThat(flaky.at("/statusDetails/message").asText()).startsWith("FAIL (intermittent: 2 of 4): expected code 200");
        JsonNode firm = json.readTree(files.allureResults().resolve(AllureResultFactory.uuid(solid) + "-result.json")
                .toFile());
        assertThat(firm.at("/statusDetails/flaky").asBoolean()).isFalse();
        JsonNode categories = json.readTree(files.allureResults().resolve(AllureCategories.FILE_NAME).toFile());
        assertThat(matching(categories, "FAIL (intermittent: 2 of 4): expected code 200"))
                .containsExactly("Intermittent clause violations (FAIL on some tries, --confirm)");
        assertThat(matching(categories, "FAIL (4 of 4 tries): because FAIL")).containsExactly("Clause violations (FAIL)");
        assertThat(matching(categories, "FAIL (intermittent: 1 of 2; waived: known): x"))
                .containsExactly("Waived failures (FAIL with waiver)");
    }

    /** The names of the failed-result categories whose message pattern matches {@code message}. */
    private static List<String> matching(JsonNode categories, String message) {
        List<String> names = new ArrayList<>();
        categories.forEach(c -> {
            boolean failed = false;
            for (JsonNode status : c.get("matchedStatuses")) {
                failed |= status.asText().equals("failed");
            }
            if (failed && c.has("messageRegex") && !c.get("name").asText().startsWith("ICS")
                    && message.matches(c.get("messageRegex").asText())) {
                names.add(c.get("name").asText());
            }
        });
        return names;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
