package org.thingconform.report;

import static org.thingconform.report.ChartNumbers.coordinate;

/**
 * A standalone SVG document written as text, one element a line: a white page with a
 * {@code <title>} (what a screen reader announces) and the lines, bars and labels of a chart. All
 * text goes through {@link HtmlText#escape}; colours and anchors are the caller's constants.
 */
final class SvgCanvas {

    /** Where a text is anchored on its x. */
    enum Anchor {
        START, MIDDLE, END;

        String attribute() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final String FONT = "system-ui,-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif";

    private final StringBuilder svg = new StringBuilder(8192);

    SvgCanvas(int width, int height, String title) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" font-family=\"").append(FONT)
                .append("\" font-size=\"11\" fill=\"").append(ChartPalette.TEXT).append("\">\n")
                .append("<title>").append(HtmlText.escape(title)).append("</title>\n")
                .append("<rect width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"").append(ChartPalette.BACKGROUND).append("\"/>\n");
    }

    /** A straight line; dashed lines are markers, solid ones axes and grid. */
    SvgCanvas line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        svg.append("<line x1=\"").append(coordinate(x1)).append("\" y1=\"").append(coordinate(y1))
                .append("\" x2=\"").append(coordinate(x2)).append("\" y2=\"").append(coordinate(y2))
                .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(coordinate(width))
                .append(dashed ? "\" stroke-dasharray=\"4 3\"/>\n" : "\"/>\n");
        return this;
    }

    /** A filled bar whose tooltip (and accessible name) is {@code tooltip}. */
    SvgCanvas bar(double x, double y, double width, double height, String fill, String tooltip) {
        svg.append("<rect x=\"").append(coordinate(x)).append("\" y=\"").append(coordinate(y))
                .append("\" width=\"").append(coordinate(width)).append("\" height=\"").append(coordinate(height))
                .append("\" fill=\"").append(fill).append("\"><title>").append(HtmlText.escape(tooltip))
                .append("</title></rect>\n");
        return this;
    }

    /** A line through the points ({@code xs[i]}, {@code ys[i]}); a single point is drawn as a dot. */
    SvgCanvas polyline(double[] xs, double[] ys, String stroke) {
        if (xs.length == 1) {
            svg.append("<circle cx=\"").append(coordinate(xs[0])).append("\" cy=\"").append(coordinate(ys[0]))
                    .append("\" r=\"2\" fill=\"").append(stroke).append("\"/>\n");
            return this;
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"1.5\" stroke-linejoin=\"round\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            if (i > 0) {
                svg.append(' ');
            }
            svg.append(coordinate(xs[i])).append(',').append(coordinate(ys[i]));
        }
        svg.append("\"/>\n");
        return this;
    }

    /** A text in {@code fill} at {@code size} px. */
    SvgCanvas text(double x, double y, Anchor anchor, int size, String fill, String text) {
        return text(x, y, anchor, size, fill, false, text);
    }

    /** A bold text with a white halo, readable over bars and grid lines. */
    SvgCanvas label(double x, double y, Anchor anchor, int size, String fill, String text) {
        return text(x, y, anchor, size, fill, true, text);
    }

    private SvgCanvas text(double x, double y, Anchor anchor, int size, String fill, boolean label, String text) {
        svg.append("<text x=\"").append(coordinate(x)).append("\" y=\"").append(coordinate(y)).append('"');
        if (anchor != Anchor.START) {
            svg.append(" text-anchor=\"").append(anchor.attribute()).append('"');
        }
        if (size != 11) {
            svg.append(" font-size=\"").append(size).append('"');
        }
        if (!fill.equals(ChartPalette.TEXT)) {
            svg.append(" fill=\"").append(fill).append('"');
        }
        if (label) {
            svg.append(" font-weight=\"600\" stroke=\"").append(ChartPalette.BACKGROUND)
                    .append("\" stroke-width=\"3\" paint-order=\"stroke\"");
        }
        svg.append('>').append(HtmlText.escape(text)).append("</text>\n");
        return this;
    }

    /** The document, closed. */
    String finish() {
        return svg.append("</svg>\n").toString();
    }
}
