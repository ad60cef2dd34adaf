package org.thingconform.report;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.thingconform.measure.FleetReport;
import org.thingconform.report.SvgCanvas.Anchor;

/** Draws {@link FleetCharts#latencyHistogram}: log-scale latency buckets, percentile markers, counts. */
final class LatencyHistogramChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 290;
    private static final double LEFT = 60;
    private static final double RIGHT = 620;
    private static final double TOP = 40;
    private static final double BOTTOM = 236;
    private static final int ERROR_KINDS_SHOWN = 4;
    private static final int ERROR_KIND_LENGTH = 40;

    /** A vertical line at a latency, labelled "p99 12.3 ms". */
    private record Marker(String name, long micros, String colour) {

        String label() {
            return name + " " + ChartNumbers.millis(micros) + " ms";
        }
    }

    private LatencyHistogramChart() {
    }

    static String draw(FleetReport report) {
        long timed = report.latencyMicros().getTotalCount();
        String heading = "End-to-end latency, " + ChartNumbers.count(timed) + (timed == 1 ? " message" : " messages");
        if (timed == 0) {
            SvgCanvas canvas = new SvgCanvas(WIDTH, HEIGHT, heading + ": no message was timed");
            canvas.text(LEFT, 20, Anchor.START, 13, ChartPalette.TEXT, heading)
                    .text(WIDTH / 2.0, (TOP + BOTTOM) / 2, Anchor.MIDDLE, 13, ChartPalette.MUTED, "no message was timed");
            return notes(canvas, report).finish();
        }
        List<Marker> markers = List.of(
                new Marker("p50", report.latencyMicros(50), ChartPalette.GREEN),
                new Marker("p95", report.latencyMicros(95), ChartPalette.AMBER),
                new Marker("p99", report.latencyMicros(99), ChartPalette.RED),
                new Marker("max", report.maxLatencyMicros(), ChartPalette.PURPLE));
        String summary = markers.stream().map(Marker::label).collect(Collectors.joining(", "));
        SvgCanvas canvas = new SvgCanvas(WIDTH, HEIGHT, heading + ": " + summary);
        canvas.text(LEFT, 20, Anchor.START, 13, ChartPalette.TEXT, heading);

        LatencyBuckets buckets = LatencyBuckets.of(report.latencyMicros());
        LinearScale x = new LinearScale(buckets.firstDecade(), buckets.lastDecade(), LEFT, RIGHT);
        NiceTicks counts = NiceTicks.upTo(buckets.highestCount(), true);
        LinearScale y = new LinearScale(0, counts.top(), BOTTOM, TOP);
        countAxis(canvas, counts, y);
        latencyAxis(canvas, buckets, x);
        for (LatencyBuckets.Bucket bucket : buckets.buckets()) {
            if (bucket.count() > 0) {
                double left = x.pixel(bucket.fromLog10()) + 0.5;
                double right = x.pixel(bucket.toLog10()) - 0.5;
                double top = y.pixel(bucket.count());
                canvas.bar(left, top, Math.max(0.5, right - left), BOTTOM - top, ChartPalette.BLUE,
                        ChartNumbers.millis(bucket.fromMicros()) + " to " + ChartNumbers.millis(bucket.toMicros())
                                + " ms: " + ChartNumbers.count(bucket.count()));
            }
        }
        for (int row = 0; row < markers.size(); row++) {
            Marker marker = markers.get(row);
            double at = x.pixel(StrictMath.log10(Math.max(1, marker.micros())));
            canvas.line(at, TOP, at, BOTTOM, marker.colour(), 1.5, true);
            boolean nearRightEdge = at > RIGHT - 100;
            canvas.label(nearRightEdge ? at - 4 : at + 4, TOP + 12 + row * 13,
                    nearRightEdge ? Anchor.END : Anchor.START, 11, marker.colour(), marker.label());
        }
        return notes(canvas, report).finish();
    }

    private static void countAxis(SvgCanvas canvas, NiceTicks counts, LinearScale y) {
        canvas.text(LEFT - 6, TOP - 8, Anchor.END, 10, ChartPalette.MUTED, "messages");
        for (BigDecimal tick : counts.values()) {
            double at = y.pixel(tick.doubleValue());
            canvas.line(LEFT, at, RIGHT, at, ChartPalette.GRID, 1, false)
                    .text(LEFT - 6, at + 4, Anchor.END, 10, ChartPalette.MUTED,
                            ChartNumbers.shortCount(tick.longValueExact()));
        }
    }

    private static void latencyAxis(SvgCanvas canvas, LatencyBuckets buckets, LinearScale x) {
        canvas.line(LEFT, BOTTOM, RIGHT, BOTTOM, ChartPalette.MUTED, 1, false);
        for (int decade = buckets.firstDecade(); decade <= buckets.lastDecade(); decade++) {
            double at = x.pixel(decade);
            canvas.line(at, BOTTOM, at, BOTTOM + 4, ChartPalette.MUTED, 1, false)
                    .text(at, BOTTOM + 16, Anchor.MIDDLE, 10, ChartPalette.MUTED,
                            ChartNumbers.plain(BigDecimal.ONE.scaleByPowerOfTen(decade - 3)));
        }
        canvas.text((LEFT + RIGHT) / 2, BOTTOM + 32, Anchor.MIDDLE, 10, ChartPalette.MUTED,
                "end-to-end latency, ms (log scale)");
    }

    /** The counts behind the picture: what was published, delivered, left untimed, and the errors. */
    private static SvgCanvas notes(SvgCanvas canvas, FleetReport report) {
        String notes = "published " + ChartNumbers.count(report.published())
                + ", delivered " + ChartNumbers.count(report.delivered())
                + ", untimed " + ChartNumbers.count(report.untimed()) + "; " + errors(report.errors());
        return canvas.text(LEFT, HEIGHT - 6, Anchor.START, 10, ChartPalette.MUTED, notes);
    }

    private static String errors(Map<String, Long> errors) {
        if (errors == null || errors.isEmpty()) {
            return "no error";
        }
        List<Map.Entry<String, Long>> byCount = errors.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        String shown = byCount.stream().limit(ERROR_KINDS_SHOWN)
                .map(error -> shorten(error.getKey()) + " " + ChartNumbers.count(error.getValue()))
                .collect(Collectors.joining(", "));
        int more = byCount.size() - ERROR_KINDS_SHOWN;
        return "errors: " + shown + (more > 0 ? ", " + more + " more kinds" : "");
    }

    private static String shorten(String kind) {
        return kind.length() <= ERROR_KIND_LENGTH ? kind : kind.substring(0, ERROR_KIND_LENGTH - 3) + "...";
    }
}
