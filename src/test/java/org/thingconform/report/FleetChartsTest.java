package org.thingconform.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
}
