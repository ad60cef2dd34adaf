package org.thingconform.report;

/**
 * The few colours the fleet charts use, taken from {@link ReportStyle} (text, rules, the verdict
 * green, amber, red and purple) plus one blue, so a chart attached to a report looks like the page.
 */
final class ChartPalette {

    static final String TEXT = "#1f2328";
    static final String MUTED = "#57606a";
    static final String GRID = "#d0d7de";
    static final String BACKGROUND = "#ffffff";
    static final String BLUE = "#0969da";
    static final String GREEN = "#1a7f37";
    static final String AMBER = "#bf8700";
    static final String RED = "#cf222e";
    static final String PURPLE = "#6e2b8e";

    private ChartPalette() {
    }
}
