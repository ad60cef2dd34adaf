package org.thingconform.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thingconform.platform.FaultInfo;
import org.thingconform.result.Level;
import org.thingconform.result.ProfileFile;
import org.thingconform.result.Verdict;

/** The mutation matrix page: self-contained, every text escaped, every section present. */
class MutationMatrixHtmlTest {

    @Test
    void thePageEscapesTextAndLoadsNothingFromElsewhere() {
        ClauseRef clause = new ClauseRef("p", "C-<1>", Level.MUST, "summary with <b>tags</b> & \"quotes\"");
        FaultInfo fault = new FaultInfo("f<script>", "does <img src=x onerror=alert(1)>", List.of("C-<1>", "Z"));
        MutationMatrix matrix = MutationClassifier.classify(List.of(fault),
                List.of(new ClauseOutcome(clause, Verdict.PASS, null)),
                List.of(new FaultRun(fault, List.of(new ClauseOutcome(clause, Verdict.FAIL, "expected <x>; observed </td>")))));
        MutationReport report = MutationReport.of("1.0", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:30Z"), List.of(new ProfileFile("p", "p.yaml", "abc")), matrix);

        String html = MutationMatrixHtml.render(report);

        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>tags")
                .doesNotContain("observed </td>").contains("f&lt;script&gt;").contains("C-&lt;1&gt;")
                .contains("expected &lt;x&gt;; observed &lt;/td&gt;");
        assertThat(html).doesNotContainPattern("(?i)(src|href)=\"(https?:)?//").doesNotContain("<link");
        assertThat(html).contains("score: 0/1 faults caught (0%)").contains("stale declaration")
                .contains("<h2>Missed</h2>").contains("<h2>Collateral</h2>").contains("<h2>Collateral: inconclusive</h2>")
                .contains("<h2>Unguarded MUST clauses</h2>")
                .contains("<h2>False alarms</h2>").contains("<h2>Fault-free run</h2>");
    }
}
