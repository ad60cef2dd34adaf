package org.thingconform.matrix;

import java.util.List;
import java.util.Map;
import org.thingconform.report.HtmlText;
import org.thingconform.report.ReportStyle;
import org.thingconform.result.Verdict;

/**
 * Renders the implementation matrix as one self-contained HTML page (inline CSS, no scripts,
 * every text escaped), styled like the clause matrix: the implementations with their verdict
 * counts, then one row per clause with a cell per implementation that links to its evidence.
 */
public final class ImplementationMatrixHtml {

    /** The file name in the output folder. */
    public static final String FILE_NAME = "implementation-matrix.html";

    /** How many message traces a cell links to per run; the rest are in the run's Allure results. */
    static final int TRACES_PER_RUN = 3;

    private static final String EXTRA_CSS = """
            td.cell{min-width:12rem}
            td.cell small{display:block;color:#57606a}
            td.cell .why{white-space:pre-wrap;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;\
            font-size:.8rem;margin:.3rem 0}
            td.cell ul{margin:.2rem 0;padding-left:1.1rem;font-size:.8rem}
            .none{color:#6e7781}
            """;

    private ImplementationMatrixHtml() {
    }

    public static String render(ImplementationMatrix matrix) {
        StringBuilder html = new StringBuilder(8192 + matrix.clauses().size() * 600);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>ThingConform implementation matrix — ")
                .append(esc(String.join(", ", matrix.implementations().stream().map(ImplementationColumn::name).toList())))
                .append("</title>\n<style>\n").append(ReportStyle.CSS).append(EXTRA_CSS)
                .append("</style>\n</head>\n<body>\n<h1>ThingConform implementation matrix</h1>\n")
                .append("<p class=\"note\">One row per requirement (standard, edition, clause id), one column per ")
                .append("implementation. Where several runs of an implementation judged a clause, the cell shows the ")
                .append("verdict that comes first in ").append(esc(matrix.precedence()))
                .append(", with that run's reason; every run's verdict and evidence is listed under it. Suite version ")
                .append(esc(matrix.suiteVersion())).append(".</p>\n");
        implementations(html, matrix.implementations());
        clauses(html, matrix);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void implementations(StringBuilder html, List<ImplementationColumn> columns) {
        html.append("<h2>Implementations</h2>\n<table class=\"matrix\">\n<thead><tr><th>Implementation</th>");
        MatrixPrecedence.ORDER.forEach(v -> html.append("<th>").append(badge(v)).append("</th>"));
        html.append("<th>not run</th><th>Runs</th></tr></thead>\n<tbody>\n");
        for (ImplementationColumn column : columns) {
            html.append("<tr><td>").append(esc(column.name())).append("</td>");
            MatrixPrecedence.ORDER.forEach(v -> html.append("<td>").append(column.summary().count(v))
                    .append(v == Verdict.FAIL && column.summary().intermittent() > 0
                            ? " (" + column.summary().intermittent() + " intermittent)" : "").append("</td>"));
            html.append("<td>").append(column.summary().notRun()).append("</td><td><ul>");
            for (RunRef run : column.runs()) {
                html.append("<li>").append(link(run.clauseMatrix(), run.folder()));
                if (run.allureReport() != null) {
                    html.append(" (").append(link(run.allureReport(), "Allure report")).append(')');
                }
                if (run.platformName() != null && !run.platformName().equals(column.name())) {
                    html.append(" — platform ").append(esc(run.platformName()));
                }
                if (!run.faults().isEmpty()) {
                    html.append(" — faults: ").append(esc(String.join(", ", run.faults())));
                }
                if (run.start() != null) {
                    html.append(" — ").append(esc(run.start()));
                }
                html.append("</li>");
            }
            html.append("</ul></td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void clauses(StringBuilder html, ImplementationMatrix matrix) {
        html.append("<h2>Clauses</h2>\n<table class=\"matrix\">\n<thead><tr><th>Standard</th><th>Edition</th>")
                .append("<th>Clause</th><th>Level</th><th>Summary</th>");
        matrix.implementations().forEach(c -> html.append("<th>").append(esc(c.name())).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (MatrixRow row : matrix.clauses()) {
            html.append("<tr><td>").append(esc(row.standard())).append("</td><td>").append(esc(row.edition()))
                    .append("</td><td class=\"clause\">").append(esc(row.clause()))
                    .append(row.profile() == null ? "" : "<br><small>" + esc(row.profile()) + "</small>")
                    .append("</td><td>").append(row.level() == null ? "" : row.level().name()).append("</td><td>")
                    .append(esc(row.summary())).append("</td>");
            for (ImplementationColumn column : matrix.implementations()) {
                MatrixCell cell = row.cells().get(column.name());
                html.append("<td class=\"cell\">");
                if (cell == null) {
                    html.append("<span class=\"none\">not run</span>");
                } else {
                    cell(html, cell);
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void cell(StringBuilder html, MatrixCell cell) {
        html.append(badge(cell.verdict()));
        if (cell.shown() != null && !cell.shown().equals(cell.verdict().name())) {
            // what the run added to the verdict: intermittent (k of n tries) or a waiver
            html.append("<small>").append(esc(cell.shown().substring(cell.verdict().name().length()).trim()))
                    .append("</small>");
        }
        for (Map.Entry<String, Verdict> binding : cell.bindings().entrySet()) {
            html.append("<small>").append(esc(binding.getKey())).append(": ")
                    .append(esc(binding.getValue().name().replace('_', ' '))).append("</small>");
        }
        if (cell.reason() != null) {
            html.append("<div class=\"why\">").append(esc(cell.reason())).append("</div>");
        }
        html.append("<ul>");
        for (CellRun run : cell.runs()) {
            html.append("<li>");
            if (cell.runs().size() > 1) {
                html.append(esc(run.verdict().name().replace('_', ' '))).append(" in ");
            }
            html.append(run.clauseMatrix() == null ? esc(run.folder()) : link(run.clauseMatrix(), "row in " + run.folder()));
            List<EvidenceLink> traces = run.allure().stream().filter(e -> e.trace() != null).toList();
            traces.stream().limit(TRACES_PER_RUN).forEach(e -> html.append(" · ")
                    .append(link(e.trace(), "trace" + (e.name().isEmpty() ? "" : " " + e.name()))));
            if (traces.size() > TRACES_PER_RUN) {
                html.append(" · +").append(traces.size() - TRACES_PER_RUN).append(" more in its Allure results");
            }
            html.append("</li>");
        }
        html.append("</ul>");
    }

    /** A link to {@code href} (a relative reference the matrix made), or the bare text without one. */
    private static String link(String href, String text) {
        return href == null ? esc(text) : "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    private static String badge(Verdict verdict) {
        return "<span class=\"badge " + verdict.name() + "\">" + verdict.name().replace('_', ' ') + "</span>";
    }

    private static String esc(String text) {
        return HtmlText.escape(text);
    }
}
