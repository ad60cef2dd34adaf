package org.thingconform.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntToLongFunction;
import javax.xml.parsers.DocumentBuilderFactory;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.thingconform.measure.FleetReport;
import org.thingconform.measure.FleetSample;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FleetChartsTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    @Test
    void histogramMarksKnownPercentilesOverLogBuckets() throws Exception {
        Histogram latency = histogram();
        latency.recordValueWithCount(1_000, 50);
        latency.recordValueWithCount(2_000, 45);
        latency.recordValueWithCount(10_000, 4);
        latency.recordValue(100_000);

        String svg = FleetCharts.latencyHistogram(report(latency, List.of(), Map.of()));

        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("640");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 640 290");
        assertThat(title(doc)).isEqualTo(
                "End-to-end latency, 100 messages: p50 1.00 ms, p95 2.00 ms, p99 10.0 ms, max 100 ms");
        assertThat(texts(doc)).contains("End-to-end latency, 100 messages",
                "p50 1.00 ms", "p95 2.00 ms", "p99 10.0 ms", "max 100 ms",
                "1", "10", "100", "1000", "end-to-end latency, ms (log scale)");
        List<Element> bars = elements(doc, "rect").subList(1, 5);
        assertThat(elements(doc, "rect")).hasSize(5);
        assertThat(bars).extracting(bar -> bar.getTextContent())
                .containsExactly("1.00 to 1.26 ms: 50", "2.00 to 2.51 ms: 45", "10.0 to 12.6 ms: 4",
                        "100 to 126 ms: 1");
        List<Double> markers = elements(doc, "line").stream().filter(line -> line.hasAttribute("stroke-dasharray"))
                .map(line -> Double.parseDouble(line.getAttribute("x1"))).toList();
        assertThat(markers).hasSize(4).isSorted();
        assertThat(markers.get(0)).isLessThan(markers.get(1));
    }

    @Test
    void emptyHistogramSaysNoMessageWasTimed() throws Exception {
        String svg = FleetCharts.latencyHistogram(report(histogram(), List.of(), Map.of()));

        Document doc = parse(svg);
        assertThat(title(doc)).isEqualTo("End-to-end latency, 0 messages: no message was timed");
        assertThat(texts(doc)).contains("no message was timed");
        assertThat(elements(doc, "rect")).hasSize(1);
        assertThat(svg).doesNotContain("p50");
    }

    @Test
    void timeSeriesHasThreePanelsOverTheSameSeconds() throws Exception {
        List<FleetSample> series = series(60, second -> second == 30 ? 45_600 : 12_300);

        String svg = FleetCharts.timeSeries(report(histogram(), series, Map.of()));

        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 640 450");
        assertThat(title(doc)).isEqualTo("Fleet run per second, 60 s: up to 100 devices connected, up to 100"
                + " messages published and 98 delivered a second, p99 up to 45.6 ms");
        assertThat(texts(doc)).contains("Connected devices, peak 100", "Messages per second", "published",
                "delivered", "p99 latency per second, ms, worst p99 45.6 ms", "second of the run", "0", "60");
        List<Element> lines = elements(doc, "polyline");
        assertThat(lines).hasSize(4).allSatisfy(line -> assertThat(points(line)).hasSize(60));
        assertThat(lines).extracting(line -> line.getAttribute("stroke"))
                .containsExactly(ChartPalette.BLUE, ChartPalette.BLUE, ChartPalette.GREEN, ChartPalette.RED);
        double[] firstX = lines.stream().mapToDouble(line -> Double.parseDouble(points(line)[0].split(",")[0]))
                .distinct().toArray();
        assertThat(firstX).containsExactly(60.0);
        assertThat(svg).doesNotContain("one point per");
    }

    @Test
    void emptySeriesSaysNoSample() throws Exception {
        String svg = FleetCharts.timeSeries(report(histogram(), List.of(), Map.of()));

        Document doc = parse(svg);
        assertThat(title(doc)).isEqualTo("Fleet run per second: no sample");
        assertThat(texts(doc)).contains("no sample");
        assertThat(elements(doc, "polyline")).isEmpty();
    }

    @Test
    void oneSampleIsADot() throws Exception {
        String svg = FleetCharts.timeSeries(report(histogram(), series(1, second -> 5_000), Map.of()));

        Document doc = parse(svg);
        assertThat(elements(doc, "circle")).hasSize(4);
        assertThat(title(doc)).contains("1 s:", "p99 up to 5.00 ms");
    }

    @Test
    void sameReportGivesTheSameTextWhateverTheMapOrderAndLocale() {
        Map<String, Long> errors = new HashMap<>();
        Map<String, Long> reversed = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            errors.put("kind-" + i, (long) (i % 3));
        }
        for (int i = 19; i >= 0; i--) {
            reversed.put("kind-" + i, (long) (i % 3));
        }
        FleetReport report = report(bigHistogram(10_000), series(120, second -> 1_234_567L + second), errors);
        FleetReport same = report(bigHistogram(10_000), series(120, second -> 1_234_567L + second), reversed);
        String histogram = FleetCharts.latencyHistogram(report);
        String timeSeries = FleetCharts.timeSeries(report);

        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(FleetCharts.latencyHistogram(same)).isEqualTo(histogram);
            assertThat(FleetCharts.timeSeries(same)).isEqualTo(timeSeries);
        } finally {
            Locale.setDefault(before);
        }
        assertThat(histogram).contains("errors: kind-11 2, kind-14 2, kind-17 2, kind-2 2, 16 more kinds");
        assertThat(timeSeries).contains("p99 up to 1235 ms").doesNotContain("1235,");
    }

    @Test
    void bigRunGivesSmallPictures() throws Exception {
        FleetReport report = report(bigHistogram(1_000_000), series(600, second -> 12_300 + second * 10L), Map.of());

        String histogram = FleetCharts.latencyHistogram(report);
        String timeSeries = FleetCharts.timeSeries(report);

        System.out.printf(Locale.ROOT, "fleet charts, 1,000,000 messages over 600 s: histogram %d bytes,"
                + " time series %d bytes%n", histogram.length(), timeSeries.length());
        assertThat(histogram.getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(40_000);
        assertThat(timeSeries.getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(40_000);
        assertThat(elements(parse(histogram), "rect")).hasSizeBetween(20, 1 + LatencyBuckets.MAX_BARS);
        assertThat(elements(parse(timeSeries), "polyline"))
                .allSatisfy(line -> assertThat(points(line)).hasSize(600));
    }

    @Test
    void latenciesOverTenDecadesStillGiveAtMostSixtyBars() throws Exception {
        Histogram latency = histogram();
        for (long micros = 1; micros < 3_600_000_000L; micros *= 3) {
            latency.recordValue(micros);
        }
        latency.recordValue(0);

        Document doc = parse(FleetCharts.latencyHistogram(report(latency, List.of(), Map.of())));

        assertThat(LatencyBuckets.of(latency).buckets()).hasSize(LatencyBuckets.MAX_BARS)
                .extracting(LatencyBuckets.Bucket::count).containsOnly(0L, 1L, 2L);
        assertThat(LatencyBuckets.of(latency).buckets().stream().mapToLong(LatencyBuckets.Bucket::count).sum())
                .isEqualTo(latency.getTotalCount());
        assertThat(elements(doc, "rect").size() - 1).isBetween(15, LatencyBuckets.MAX_BARS);
        assertThat(texts(doc)).contains("0.001", "10000000");
    }

    @Test
    void hourLongSeriesIsDrawnWithSixSecondsAPoint() throws Exception {
        List<FleetSample> series = new ArrayList<>(series(3_600, second -> second == 1_000 ? 900_000 : 20_000));
        series.set(2_000, new FleetSample(2_001, 40, 100, 98, 20_000));

        String svg = FleetCharts.timeSeries(report(histogram(), series, Map.of()));

        Document doc = parse(svg);
        assertThat(texts(doc)).contains("one point per 6 s: fewest connected, mean rates, highest p99",
                "p99 latency per second, ms, worst p99 900 ms");
        assertThat(elements(doc, "polyline")).hasSize(4).allSatisfy(line -> assertThat(points(line)).hasSize(600));
        assertThat(svg.length()).isLessThan(40_000);

        SeriesDownsampling downsampled = SeriesDownsampling.toAtMost(series, 600);
        assertThat(downsampled.secondsPerPoint()).isEqualTo(6);
        assertThat(downsampled.points().get(0)).isEqualTo(new FleetSample(6, 10, 100, 98, 20_000));
        assertThat(downsampled.points().get(166)).isEqualTo(new FleetSample(1_002, 100, 100, 98, 900_000));
        assertThat(downsampled.points().get(333)).isEqualTo(new FleetSample(2_004, 40, 100, 98, 20_000));
        assertThat(SeriesDownsampling.toAtMost(series.subList(0, 600), 600).points()).hasSize(600);
        assertThat(SeriesDownsampling.toAtMost(series.subList(0, 601), 600).points()).hasSize(301);
    }

    @Test
    void errorKindsAreEscaped() throws Exception {
        Histogram latency = histogram();
        latency.recordValue(1_500);
        Map<String, Long> errors = Map.of("<script>alert(\"x\")</script> & 'co'", 3L);

        String svg = FleetCharts.latencyHistogram(report(latency, List.of(), errors));

        assertThat(svg).contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39; 3")
                .doesNotContain("<script");
        assertThat(texts(parse(svg))).anyMatch(text -> text.endsWith("<script>alert(\"x\")</script> & 'co' 3"));
    }

    private static Histogram histogram() {
        return new Histogram(3_600_000_000L, 3);
    }

    /** {@code count} latencies spread evenly on a log scale from 0.1 ms to 5 s, with a fixed seed. */
    private static Histogram bigHistogram(int count) {
        Histogram latency = histogram();
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            latency.recordValue((long) Math.pow(10, 2 + random.nextDouble() * 4.7));
        }
        return latency;
    }

    /** Seconds 1..{@code seconds}: 100 devices connected, 100 published and 98 delivered a second. */
    private static List<FleetSample> series(int seconds, IntToLongFunction p99Micros) {
        List<FleetSample> series = new ArrayList<>(seconds);
        for (int second = 1; second <= seconds; second++) {
            series.add(new FleetSample(second, Math.min(100, second * 10), 100, 98, p99Micros.applyAsLong(second)));
        }
        return series;
    }

    private static FleetReport report(Histogram latency, List<FleetSample> series, Map<String, Long> errors) {
        long delivered = latency.getTotalCount();
        return new FleetReport(100, 100, delivered + 5, delivered + 5, delivered, 0, 0, latency, errors, series);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        return doc;
    }

    private static String title(Document doc) {
        Element first = (Element) doc.getDocumentElement().getElementsByTagNameNS(SVG_NS, "title").item(0);
        assertThat(first.getParentNode()).isSameAs(doc.getDocumentElement());
        return first.getTextContent();
    }

    private static List<String> texts(Document doc) {
        return elements(doc, "text").stream().map(Element::getTextContent).toList();
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(SVG_NS, name);
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static String[] points(Element polyline) {
        return polyline.getAttribute("points").split(" ");
    }
}
