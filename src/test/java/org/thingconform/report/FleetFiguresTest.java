package org.thingconform.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.measure.FleetReport;
import org.thingconform.measure.FleetSample;
import org.thingconform.measure.FleetTrace;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Level;
import org.thingconform.result.Verdict;
import org.thingconform.trace.MessageTrace;

/**
 * A capacity clause's fleet shows in the reports: the clause matrix page gets a "Capacity measurements" section with
 * the measured values and both pictures inline, the Allure result both pictures as SVG attachments; a run without a
 * fleet gets neither.
 */
class FleetFiguresTest {

    private static ClauseResult capacityResult() {
        Histogram latency = new Histogram(3_600_000_000L, 3);
        latency.recordValueWithCount(12_300, 990);
        MessageTrace trace = new MessageTrace();
        FleetTrace.record(trace, "capacity.profile.yaml:48", new FleetReport(100, 100, 1000, 1000, 990, 0, 0, latency,
                Map.of("no CONNACK within 20 s", 1L), List.of(new FleetSample(1, 100, 1000, 990, 12_300))));
        ClauseResult base = ReportFixtures.withVerdict("CAP-MQTT-2", Level.MUST, Verdict.FAIL);
        return new ClauseResult(base.clause(), Verdict.FAIL, "delivered 990 of 1000", base.start(), base.stop(),
                trace.entries());
    }

    @Test
    void theMatrixPageShowsEachFleetWithItsNumbersAndPictures(@TempDir Path out) throws Exception {
        ReportWriter.write(out, ReportFixtures.run(), List.of(capacityResult(), ReportFixtures.pass()));

        String html = Files.readString(out.resolve(ClauseMatrixHtml.FILE_NAME));
        assertThat(html).contains("<h2>Capacity measurements</h2>", "fleet at capacity.profile.yaml:48",
                "990 of 1000 published (99 %)", "p99 12.3 ms", "no CONNACK within 20 s ×1");
        assertThat(html.split("<svg", -1)).hasSize(3);
        assertThat(html).doesNotContain("<?xml");
    }

    @Test
    void theAllureResultAttachesBothPictures(@TempDir Path out) throws Exception {
        ReportWriter.write(out, ReportFixtures.run(), List.of(capacityResult()));

        try (Stream<Path> files = Files.list(out.resolve(AllureResultsExport.DIR_NAME))) {
            List<Path> svgs = files.filter(f -> f.toString().endsWith(".svg")).toList();
            assertThat(svgs).hasSize(2);
            assertThat(svgs).allSatisfy(f -> assertThat(Files.readString(f)).contains("<svg"));
        }
        try (Stream<Path> files = Files.list(out.resolve(AllureResultsExport.DIR_NAME))) {
            String result = Files.readString(files.filter(f -> f.toString().endsWith("-result.json")).findFirst()
                    .orElseThrow());
            assertThat(result).contains("fleet latency histogram (capacity.profile.yaml:48)",
                    "fleet time series (capacity.profile.yaml:48)", "image/svg+xml");
        }
    }

    @Test
    void aRunWithoutAFleetHasNoCapacitySection(@TempDir Path out) throws Exception {
        ReportWriter.write(out, ReportFixtures.run(), List.of(ReportFixtures.pass(), ReportFixtures.fail(Level.MUST)));

        assertThat(Files.readString(out.resolve(ClauseMatrixHtml.FILE_NAME))).doesNotContain("Capacity measurements", "<svg");
    }
}
