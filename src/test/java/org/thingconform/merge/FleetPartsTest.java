package org.thingconform.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.thingconform.measure.FleetReport;
import org.thingconform.measure.FleetSample;
import org.thingconform.measure.FleetThresholds;
import org.thingconform.measure.FleetTrace;
import org.thingconform.result.ClauseInfo;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Level;
import org.thingconform.result.StandardInfo;
import org.thingconform.result.Verdict;
import org.thingconform.trace.MessageTrace;

/**
 * A fleet clause's shards each drove part of the fleet: merged, their measurements are added (not averaged) and
 * the sum is judged against the thresholds the parts recorded; a part that could not measure decides instead.
 */
class FleetPartsTest {

    private static final Instant T0 = Instant.parse("2026-12-05T09:00:00Z");
    private static final FleetThresholds EXPECT = new FleetThresholds(1.0, 0.999, null, null, Duration.ofMillis(100),
            null, null);

    private static FleetParts.ShardResult part(String shard, int members, long published, long delivered,
                                               long latencyMicros, Verdict verdict) {
        Histogram latency = new Histogram(3_600_000_000L, 3);
        latency.recordValueWithCount(latencyMicros, delivered);
        MessageTrace trace = new MessageTrace();
        FleetTrace.recordLoad(trace, "cap.yaml:49", Map.of("devices", "200"), EXPECT);
        FleetTrace.record(trace, "cap.yaml:49", new FleetReport(members, members, published, published, delivered, 0, 0,
                latency, Map.of(), List.of(new FleetSample(1, members, published, delivered, latencyMicros))));
        ClauseInfo clause = new ClauseInfo("mqtt-broker-capacity", new StandardInfo("MQTT-CAPACITY", "capacity", "1.0",
                "published", null, null), "CAP-MQTT-2", Level.MUST, "Throughput", "summary", List.of(), null, "cap.yaml:44:5");
        return new FleetParts.ShardResult(shard, new ClauseResult(clause, null, Map.of(), verdict,
                verdict == Verdict.PASS ? null : "part's own reason", T0, T0.plusSeconds(5), trace.entries(), null,
                "[engine:thingconform]/[clause:CAP-MQTT-2]"));
    }

    @Test
    void theShardsMeasurementsAreAddedAndTheSumIsJudged() {
        ClauseResult merged = FleetParts.combine(List.of(part("1/2", 100, 1000, 1000, 2_000, Verdict.PASS),
                part("2/2", 100, 1000, 990, 3_000, Verdict.FAIL)));

        FleetReport total = FleetTrace.read(merged.trace()).get("cap.yaml:49");
        assertThat(total.members()).isEqualTo(200);
        assertThat(total.delivered()).isEqualTo(1990);
        assertThat(total.latencyMicros().getTotalCount()).as("histograms added, not averaged").isEqualTo(1990);
        assertThat(total.series()).containsExactly(new FleetSample(1, 200, 2000, 1990, 3_000));
        assertThat(merged.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(merged.reason()).isEqualTo("the 2 shards' fleets together: expected the fleet to meet its "
                + "thresholds; delivered 1990 of 2000 messages (99.5 %), below the threshold 99.9 %");
        assertThat(FleetTrace.thresholds(merged.trace())).containsEntry("cap.yaml:49", EXPECT);
    }

    @Test
    void partsThatMeetTheThresholdsTogetherPass() {
        ClauseResult merged = FleetParts.combine(List.of(part("1/2", 100, 1000, 1000, 2_000, Verdict.PASS),
                part("2/2", 100, 1000, 1000, 90_000, Verdict.PASS)));

        assertThat(merged.verdict()).isEqualTo(Verdict.PASS);
        assertThat(merged.reason()).isNull();
        assertThat(FleetTrace.read(merged.trace()).get("cap.yaml:49").latencyMicros(99)).isGreaterThan(80_000);
    }

    @Test
    void aPartThatCouldNotMeasureDecides() {
        ClauseResult merged = FleetParts.combine(List.of(part("1/2", 100, 1000, 1000, 2_000, Verdict.PASS),
                part("2/2", 100, 1000, 1000, 2_000, Verdict.INCONCLUSIVE)));

        assertThat(merged.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(merged.reason()).isEqualTo("shard 2/2: part's own reason");
    }
}
