package org.thingconform.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.thingconform.trace.MessageTrace;
import org.thingconform.trace.TraceEntry;

/**
 * A fleet run written to a test's trace reads back whole: the totals, the errors by kind, the per-second series and
 * the exact latency histogram, so reports drawn from a journal and shards merged later see what was measured.
 */
class FleetTraceTest {

    @Test
    void aFleetReportSurvivesTheTrace() {
        Histogram latency = new Histogram(3_600_000_000L, 3);
        for (int i = 1; i <= 1000; i++) {
            latency.recordValue(i * 100L); // 0.1 ms to 100 ms
        }
        FleetReport report = new FleetReport(100, 98, 1000, 1000, 990, 3, 0, latency,
                Map.of("connection refused", 2L), List.of(new FleetSample(1, 98, 500, 495, 90_000),
                        new FleetSample(2, 98, 500, 495, 99_000)));
        MessageTrace trace = new MessageTrace();
        trace.sent("mqtt", "CONNECT", "x", Map.of(), ""); // other entries are left alone

        FleetTrace.record(trace, "capacity.profile.yaml:48", report);
        Map<String, FleetReport> read = FleetTrace.read(trace.entries());

        assertThat(read).containsOnlyKeys("capacity.profile.yaml:48");
        FleetReport back = read.get("capacity.profile.yaml:48");
        assertThat(back.members()).isEqualTo(100);
        assertThat(back.connected()).isEqualTo(98);
        assertThat(back.delivered()).isEqualTo(990);
        assertThat(back.duplicates()).isEqualTo(3);
        assertThat(back.errors()).containsExactly(Map.entry("connection refused", 2L));
        assertThat(back.series()).containsExactlyElementsOf(report.series());
        assertThat(back.latencyMicros()).isEqualTo(latency);
        assertThat(back.latencyMicros(99)).isEqualTo(report.latencyMicros(99));
        TraceEntry totals = trace.entries().get(trace.entries().size() - 1);
        assertThat(totals.attributes()).containsEntry("p99", FleetTrace.millis(report.latencyMicros(99)))
                .containsEntry("error: connection refused", "2");
    }

    @Test
    void aDamagedHistogramIsLeftOutNotThrown() {
        MessageTrace trace = new MessageTrace();
        trace.received(FleetTrace.PROTOCOL, "RESULT", "f:1", Map.of("members", "1"), "hdr:not-base64!");

        assertThat(FleetTrace.read(trace.entries())).isEmpty();
    }
}
