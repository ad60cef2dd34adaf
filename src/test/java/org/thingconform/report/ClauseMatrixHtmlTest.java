package org.thingconform.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Level;
import org.thingconform.result.Verdict;

class ClauseMatrixHtmlTest {

    @TempDir
    Path out;

    @Test
    void pageShowsRunSummaryAndEscapedClauses() throws IOException {
        ReportFiles files = ReportWriter.write(out, ReportFixtures.run(),
                List.of(ReportFixtures.pass(), ReportFixtures.fail(Level.MUST), ReportFixtures.notApplicable()));

        String html = Files.readString(files.clauseMatrixHtml(), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("0.1.0-TEST", "Reference &lt;platform&gt;", "drop-property-reply",
                        "2025-06-01T10:00:00Z", "NOT CONFORMANT")
                .contains("expected code 200 but was &lt;460&gt; &amp; params.temp=&quot;hot&quot;")
                .doesNotContain("<460>", "Reference <platform>")
                .contains("<span class=\"badge FAIL\">FAIL</span>", "<span class=\"badge NOT_APPLICABLE\">")
                .contains("<a href=\"https://example.org/alink#5.2.1\"")
                .doesNotContain("<script", "src=\"http", "href=\"http://", "@import");
    }

    @Test
    void onlyWebLinksAreRendered() {
        ClauseResult result = new ClauseResult(ReportFixtures.clause("X-1", Level.MUST, "1", "javascript:alert(1)"),
                Verdict.PASS, null, ReportFixtures.T0, ReportFixtures.T0, List.of());

        String html = ClauseMatrixHtml.render(ReportFixtures.run(), ClauseMatrix.of(List.of(result)));

        assertThat(html).doesNotContain("javascript:").contains("CONFORMANT");
    }
}
