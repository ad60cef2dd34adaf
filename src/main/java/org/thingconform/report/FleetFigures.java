package org.thingconform.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.thingconform.measure.FleetReport;
import org.thingconform.measure.FleetTrace;
import org.thingconform.result.ClauseResult;

/**
 * The capacity measurements of a run as the clause matrix page shows them: for every fleet a clause ran, a table of
 * what it measured (connections, deliveries, latency percentiles, errors) and its two pictures, under the clause's
 * verdict. The numbers come from the results' traces, so a rendered, resumed or merged run shows the same.
 */
final class FleetFigures {

    /** One fleet run: the clause (and binding or case) it belongs to, where its step is written, what it measured. */
    record Figure(ClauseResult result, String fleet, FleetReport report) {
    }

    private FleetFigures() {
    }

    /** The fleets of {@code results}, in the results' order. */
    static List<Figure> of(List<ClauseResult> results) {
        List<Figure> figures = new ArrayList<>();
        for (ClauseResult result : results) {
            for (Map.Entry<String, FleetReport> fleet : FleetTrace.read(result.trace()).entrySet()) {
                figures.add(new Figure(result, fleet.getKey(), fleet.getValue()));
            }
        }
        return figures;
    }

    /** Appends the "Capacity measurements" section; nothing when the run had no fleet. */
    static void appendTo(StringBuilder html, List<Figure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        html.append("<h2>Capacity measurements</h2>\n");
        for (Figure figure : figures) {
            ClauseResult result = figure.result();
            FleetReport r = figure.report();
            String clause = result.clause().profile() + " " + result.clause().clauseId();
            html.append("<section class=\"fleet\"><h3><a href=\"#")
                    .append(HtmlText.escape(ClauseAnchor.id(result.clause().profile(), result.clause().clauseId())))
                    .append("\">").append(HtmlText.escape(clause)).append("</a> <span class=\"badge ")
                    .append(result.verdict().name()).append("\">").append(result.verdict().name().replace('_', ' '))
                    .append("</span> <small>fleet at ").append(HtmlText.escape(figure.fleet())).append("</small></h3>\n")
                    .append("<table class=\"run\">\n");
            row(html, "devices connected", r.connected() + " of " + r.members());
            row(html, "messages delivered", r.delivered() + " of " + r.published() + " published ("
                    + FleetTrace.percent(r.deliveryRatio()) + "), " + r.duplicates() + " duplicate(s)");
            row(html, "end-to-end latency", "p50 " + FleetTrace.millis(r.latencyMicros(50)) + ", p95 "
                    + FleetTrace.millis(r.latencyMicros(95)) + ", p99 " + FleetTrace.millis(r.latencyMicros(99))
                    + ", max " + FleetTrace.millis(r.maxLatencyMicros()));
            row(html, "errors", r.errors().isEmpty() ? "none" : r.errorsByKind());
            html.append("</table>\n<div class=\"charts\">").append(inline(FleetCharts.latencyHistogram(r)))
                    .append(inline(FleetCharts.timeSeries(r))).append("</div></section>\n");
        }
    }

    private static void row(StringBuilder html, String name, String value) {
        html.append("<tr><th>").append(HtmlText.escape(name)).append("</th><td>").append(HtmlText.escape(value))
                .append("</td></tr>\n");
    }

    /** An SVG document as an element of the page: without an XML declaration, if it has one. */
    private static String inline(String svg) {
        return svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).strip() : svg;
    }
}
