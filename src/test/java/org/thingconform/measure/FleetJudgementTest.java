package org.thingconform.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** A capacity verdict names each broken bound with the measured value and the threshold, and only those. */
class FleetJudgementTest {

    private static FleetReport measured(int connected, long delivered, long latencyMicros) {
        Histogram latency = new Histogram(3_600_000_000L, 3);
        latency.recordValueWithCount(latencyMicros, delivered);
        return new FleetReport(100, connected, 1000, 1000, delivered, 0, 0, latency, Map.of("connection refused", 3L),
                List.of());
    }

    @Test
    void eachBrokenBoundIsOnePhraseWithTheValueAndTheThreshold() {
        FleetThresholds expect = new FleetThresholds(1.0, 0.999, null, Duration.ofMillis(500), Duration.ofSeconds(1),
                null, 0L);

        List<String> broken = FleetJudgement.broken(expect, measured(97, 952, 1_200_000));

        assertThat(broken).containsExactly(
                "connected 97 of 100 devices (97 %), below the threshold 100 %",
                "delivered 952 of 1000 messages (95.2 %), below the threshold 99.9 %",
                "p95 latency 1200.1 ms, above the threshold 500 ms",
                "p99 latency 1200.1 ms, above the threshold 1000 ms",
                "3 error(s), above the threshold 0");
    }

    @Test
    void aFleetWithinItsBoundsBreaksNone() {
        FleetThresholds expect = new FleetThresholds(0.95, 0.95, Duration.ofMillis(5), Duration.ofMillis(5),
                Duration.ofMillis(5), Duration.ofMillis(5), 3L);

        assertThat(FleetJudgement.broken(expect, measured(97, 952, 1_000))).isEmpty();
    }

    @Test
    void aLatencyBoundIsBrokenWhenMessagesWerePublishedAndNoneWasTimed() {
        FleetThresholds expect = new FleetThresholds(null, null, null, null, Duration.ofSeconds(1), null, null);
        FleetReport nothingTimed = new FleetReport(100, 100, 1000, 1000, 0, 0, 0, new Histogram(3_600_000_000L, 3),
                Map.of(), List.of());

        assertThat(FleetJudgement.broken(expect, nothingTimed)).singleElement().asString()
                .contains("1000").contains("timed");
    }

    @Test
    void aDeliveryBoundOverNothingPublishedIsBroken() {
        FleetThresholds expect = new FleetThresholds(null, 0.999, null, null, null, null, null);
        FleetReport neverLoaded = new FleetReport(50, 50, 0, 0, 0, 0, 0, new Histogram(3_600_000_000L, 3), Map.of(),
                List.of());

        assertThat(FleetJudgement.broken(expect, neverLoaded)).singleElement().asString()
                .startsWith("no message was published");
    }
}
