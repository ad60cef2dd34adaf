package org.thingconform.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.platform.FaultInfo;
import org.thingconform.result.Level;
import org.thingconform.result.ProfileFile;
import org.thingconform.result.Verdict;

/**
 * An undeclared clause a fault turned INCONCLUSIVE is shown as "collateral: inconclusive", with its
 * profile and reason, in the text, the HTML page and the JSON report, apart from the collateral FAILs
 * and outside the score.
 */
class CollateralInconclusiveReportTest {

    private static final ClauseRef SUBJECT = new ClauseRef("p", "S-1", Level.MUST, "the subject");
    private static final ClauseRef FAILS_TOO = new ClauseRef("p", "F-1", Level.MUST, "fails as well");
    private static final ClauseRef NEEDS_IT = new ClauseRef("p", "N-1", Level.MUST, "needs the subject as a means");
    private static final FaultInfo FAULT = new FaultInfo("breaks-s", "breaks S-1", List.of("S-1"));
    private static final String UNDECIDED = "could not establish <the PUBREC>; see S-1";

    private final MutationMatrix matrix = MutationClassifier.classify(List.of(FAULT),
            List.of(pass(SUBJECT), pass(FAILS_TOO), pass(NEEDS_IT)),
            List.of(new FaultRun(FAULT, List.of(new ClauseOutcome(SUBJECT, Verdict.FAIL, "expected S"),
                    new ClauseOutcome(FAILS_TOO, Verdict.FAIL, "expected F"),
                    new ClauseOutcome(NEEDS_IT, Verdict.INCONCLUSIVE, UNDECIDED)))));

    @Test
    void theTextListsItInItsOwnSectionAfterTheCollateralFailures() {
        List<String> lines = MutationMatrixText.lines(matrix);

        assertThat(lines).containsSubsequence("collateral (shown, not an error): 1", "  breaks-s: F-1 FAIL — expected F",
                "collateral: inconclusive (shown, not an error, not in the score): 1",
                "  breaks-s: p N-1 INCONCLUSIVE — " + UNDECIDED);
        assertThat(lines).filteredOn(l -> l.startsWith("breaks-s")).singleElement().asString()
                .contains("caught").contains("S-1*").contains("F-1+").doesNotContain("N-1");
    }

    @Test
    void theTextSaysNoneWhenNoClauseTurnedInconclusive() {
        MutationMatrix none = MutationClassifier.classify(List.of(FAULT), List.of(pass(SUBJECT)),
                List.of(new FaultRun(FAULT, List.of(new ClauseOutcome(SUBJECT, Verdict.FAIL, "expected S")))));

        assertThat(MutationMatrixText.lines(none)).contains("collateral: inconclusive (shown, not an error, not in the score): none");
    }

    @Test
    void thePageShowsItInTheGridInItsSectionAndInTheCountsEscaped() {
        String html = MutationMatrixHtml.render(report());

        assertThat(html).contains("<h2>Collateral: inconclusive</h2>")
                .contains("<td>breaks-s</td><td>p</td><td>N-1</td><td class=\"reason\">could not establish &lt;the PUBREC&gt;; see S-1</td>")
                .contains("title=\"could not establish &lt;the PUBREC&gt;; see S-1\"><span class=\"badge INCONCLUSIVE collateral\">INCONCLUSIVE</span>")
                .contains("<b>1</b><span class=\"badge INCONCLUSIVE collateral\">collateral: inconclusive</span>")
                .contains("score: 1/1 faults caught (100%)").doesNotContain("<the PUBREC>");
    }

    @Test
    void theJsonCarriesItPerFaultWithClauseAndReason(@TempDir Path out) throws IOException {
        MutationReportWriter.write(out, report());

        JsonNode fault = new ObjectMapper().readTree(out.resolve(MutationReport.FILE_NAME).toFile()).at("/matrix/faults/0");
        assertThat(fault.at("/collateralInconclusive")).hasSize(1);
        assertThat(fault.at("/collateralInconclusive/0/clause/profile").asText()).isEqualTo("p");
        assertThat(fault.at("/collateralInconclusive/0/clause/clauseId").asText()).isEqualTo("N-1");
        assertThat(fault.at("/collateralInconclusive/0/reason").asText()).isEqualTo(UNDECIDED);
        assertThat(fault.at("/failed")).extracting(f -> f.at("/clause/clauseId").asText()).containsExactly("S-1", "F-1");
        assertThat(fault.at("/caught").asBoolean()).isTrue();
    }

    private MutationReport report() {
        return MutationReport.of("1.0", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:09Z"),
                List.of(new ProfileFile("p", "p.yaml", "abc")), matrix);
    }

    private static ClauseOutcome pass(ClauseRef clause) {
        return new ClauseOutcome(clause, Verdict.PASS, null);
    }
}
