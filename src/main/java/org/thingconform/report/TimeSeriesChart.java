package org.thingconform.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.thingconform.measure.FleetReport;
import org.thingconform.measure.FleetSample;
import org.thingconform.report.SvgCanvas.Anchor;

/** Draws {@link FleetCharts#timeSeries}: connected devices, message rates and p99 over seconds. */
final class TimeSeriesChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 450;
    /** Beyond this many seconds, consecutive seconds share a point (see {@link SeriesDownsampling}). */
    static final int MAX_POINTS = 600;
    private static final double LEFT = 60;
    private static final double RIGHT = 620;
    private static final double PANEL_HEIGHT = 96;
    private static final double[] PANEL_TOPS = {48, 182, 316};

    /** One line of a panel: a value of each sample, drawn in a colour. */
    private record Line(String name, ToDoubleFunction<FleetSample> value, String colour) {
    }

    private TimeSeriesChart() {
    }

    static String draw(FleetReport report) {
        List<FleetSample> series = report.series() == null ? List.of() : report.series();
        if (series.isEmpty()) {
            SvgCanvas canvas = new SvgCanvas(WIDTH, HEIGHT, "Fleet run per second: no sample");
            return canvas.text(LEFT, 20, Anchor.START, 13, ChartPalette.TEXT, "Fleet run per second")
                    .text(WIDTH / 2.0, HEIGHT / 2.0, Anchor.MIDDLE, 13, ChartPalette.MUTED, "no sample")
                    .finish();
        }
        int firstSecond = series.get(0).second();
        int lastSecond = series.get(series.size() - 1).second();
        int peakConnected = series.stream().mapToInt(FleetSample::connected).max().orElse(0);
        long peakPublished = series.stream().mapToLong(FleetSample::published).max().orElse(0);
        long peakDelivered = series.stream().mapToLong(FleetSample::delivered).max().orElse(0);
        long worstP99 = series.stream().mapToLong(FleetSample::p99Micros).max().orElse(0);
        String heading = "Fleet run per second, " + (lastSecond - firstSecond + 1) + " s";
        SvgCanvas canvas = new SvgCanvas(WIDTH, HEIGHT, heading + ": up to " + ChartNumbers.count(peakConnected)
                + " devices connected, up to " + ChartNumbers.count(peakPublished) + " messages published and "
                + ChartNumbers.count(peakDelivered) + " delivered a second, p99 up to "
                + ChartNumbers.millis(worstP99) + " ms");
        canvas.text(LEFT, 20, Anchor.START, 13, ChartPalette.TEXT, heading);

        SeriesDownsampling downsampled = SeriesDownsampling.toAtMost(series, MAX_POINTS);
        if (downsampled.secondsPerPoint() > 1) {
            canvas.text(RIGHT, 20, Anchor.END, 10, ChartPalette.MUTED, "one point per " + downsampled.secondsPerPoint()
                    + " s: fewest connected, mean rates, highest p99");
        }
        List<FleetSample> points = downsampled.points();
        double from = points.get(0).second();
        double to = Math.max(from + 1, points.get(points.size() - 1).second());
        LinearScale x = new LinearScale(from, to, LEFT, RIGHT);
        NiceTicks seconds = NiceTicks.across(from, to, true);

        panel(canvas, PANEL_TOPS[0], "Connected devices, peak " + ChartNumbers.count(peakConnected), points, x, seconds,
                List.of(new Line("connected", FleetSample::connected, ChartPalette.BLUE)), true,
                tick -> ChartNumbers.shortCount(tick.longValueExact()));
        List<Line> rates = List.of(new Line("published", FleetSample::published, ChartPalette.BLUE),
                new Line("delivered", FleetSample::delivered, ChartPalette.GREEN));
        panel(canvas, PANEL_TOPS[1], "Messages per second", points, x, seconds, rates, true,
                tick -> ChartNumbers.shortCount(tick.longValueExact()));
        legend(canvas, PANEL_TOPS[1] - 8, rates);
        panel(canvas, PANEL_TOPS[2], "p99 latency per second, ms, worst p99 " + ChartNumbers.millis(worstP99) + " ms",
                points, x, seconds, List.of(new Line("p99", sample -> sample.p99Micros() / 1000.0, ChartPalette.RED)),
                false, ChartNumbers::plain);

        double bottom = PANEL_TOPS[2] + PANEL_HEIGHT;
        for (BigDecimal tick : seconds.values()) {
            double at = x.pixel(tick.doubleValue());
            canvas.line(at, bottom, at, bottom + 4, ChartPalette.MUTED, 1, false)
                    .text(at, bottom + 16, Anchor.MIDDLE, 10, ChartPalette.MUTED, ChartNumbers.plain(tick));
        }
        canvas.text((LEFT + RIGHT) / 2, bottom + 32, Anchor.MIDDLE, 10, ChartPalette.MUTED, "second of the run");
        return canvas.finish();
    }

    private static void panel(SvgCanvas canvas, double top, String title, List<FleetSample> points, LinearScale x,
                              NiceTicks seconds, List<Line> lines, boolean whole,
                              Function<BigDecimal, String> tickLabel) {
        double bottom = top + PANEL_HEIGHT;
        double highest = lines.stream()
                .mapToDouble(line -> points.stream().mapToDouble(line.value()).max().orElse(0)).max().orElse(0);
        NiceTicks values = NiceTicks.upTo(highest, whole);
        LinearScale y = new LinearScale(0, values.top(), bottom, top);
        canvas.text(LEFT, top - 8, Anchor.START, 11, ChartPalette.TEXT, title);
        for (BigDecimal tick : seconds.values()) {
            double at = x.pixel(tick.doubleValue());
            canvas.line(at, top, at, bottom, ChartPalette.GRID, 1, false);
        }
        for (BigDecimal tick : values.values()) {
            double at = y.pixel(tick.doubleValue());
            canvas.line(LEFT, at, RIGHT, at, ChartPalette.GRID, 1, false)
                    .text(LEFT - 6, at + 4, Anchor.END, 10, ChartPalette.MUTED, tickLabel.apply(tick));
        }
        canvas.line(LEFT, bottom, RIGHT, bottom, ChartPalette.MUTED, 1, false);
        double[] xs = points.stream().mapToDouble(sample -> x.pixel(sample.second())).toArray();
        for (Line line : lines) {
            double[] ys = points.stream().mapToDouble(sample -> y.pixel(line.value().applyAsDouble(sample))).toArray();
            canvas.polyline(xs, ys, line.colour());
        }
    }

    private static void legend(SvgCanvas canvas, double baseline, List<Line> lines) {
        double at = RIGHT - 80.0 * lines.size();
        for (Line line : lines) {
            canvas.line(at, baseline - 4, at + 16, baseline - 4, line.colour(), 2, false)
                    .text(at + 20, baseline, Anchor.START, 10, ChartPalette.MUTED, line.name());
            at += 80;
        }
    }
}
