package org.thingconform.report;

import java.util.Objects;
import org.thingconform.measure.FleetReport;

/**
 * Pictures of a fleet run, as standalone SVG text, for the clause matrix page and the Allure results
 * to attach to capacity clauses, where a verdict alone ("p99 under 250 ms") hides how the latency
 * is spread and how the run went second by second. Hand-written SVG, like the hand-written HTML, so
 * the reports need no charting library and nothing loaded from elsewhere.
 *
 * <p>Both pictures are small whatever the size of the run (at most 60 latency bars and 600 points
 * a line), deterministic (one report, one text: numbers in {@link java.util.Locale#ROOT}) and carry
 * their key numbers as text, in the {@code <title>} a screen reader announces and in labels a grep
 * finds ("p99 12.3 ms").
 */
public final class FleetCharts {

    private FleetCharts() {
    }

    /**
     * The distribution of end-to-end latency (640×290): message counts over log-spaced latency
     * buckets, in ms, with markers at p50, p95, p99 and the maximum; "no message was timed" when
     * the histogram is empty.
     */
    public static String latencyHistogram(FleetReport report) {
        return LatencyHistogramChart.draw(Objects.requireNonNull(report, "report"));
    }

    /**
     * The run second by second (640×450), three panels over the same seconds: devices connected,
     * messages published and delivered a second, and the p99 latency of each second in ms; "no
     * sample" when the series is empty. A series longer than 600 seconds is drawn with several
     * seconds a point.
     */
    public static String timeSeries(FleetReport report) {
        return TimeSeriesChart.draw(Objects.requireNonNull(report, "report"));
    }
}
