package org.thingconform.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.result.RunInfo;
import org.thingconform.result.StandardCoverage;

/**
 * A run whose profiles name statement lists shows how much of each standard they cover: a row per standard in the
 * clause matrix page (the gap's ids under it) and a line in the Allure report's environment; a run without any
 * shows neither.
 */
class CoverageSectionTest {

    private static final StandardCoverage MQTT = new StandardCoverage("OASIS-MQTT", "3.1.1", "mqtt-broker-3.1.1", 141,
            110, 26, 3, List.of("MQTT-1.5.3-1", "MQTT-2.2.2-1"));

    @Test
    void theMatrixPageAndAllureShowEachStandardsCoverage(@TempDir Path out) throws Exception {
        RunInfo run = ReportFixtures.run().withCoverage(List.of(MQTT));

        ReportWriter.write(out, run, List.of(ReportFixtures.pass()));

        String html = Files.readString(out.resolve(ClauseMatrixHtml.FILE_NAME));
        assertThat(html).contains("<h2>Coverage of the standards</h2>", "<td>OASIS-MQTT 3.1.1</td>",
                "<td>26 (23.6 %)</td>", "<summary>2</summary><small>MQTT-1.5.3-1, MQTT-2.2.2-1</small>");
        assertThat(Files.readString(out.resolve(AllureResultsExport.DIR_NAME).resolve("environment.properties")))
                .contains("26 of 110 server-side statements covered (23.6 %), 3 untestable with a reason, 2 not yet covered");
    }

    @Test
    void aRunWithoutStatementListsShowsNoCoverage(@TempDir Path out) throws Exception {
        ReportWriter.write(out, ReportFixtures.run(), List.of(ReportFixtures.pass()));

        assertThat(Files.readString(out.resolve(ClauseMatrixHtml.FILE_NAME))).doesNotContain("Coverage of the standards");
    }
}
