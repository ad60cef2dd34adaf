package org.thingconform.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.thingconform.history.ClauseTrend;
import org.thingconform.history.VerdictHistory;
import org.thingconform.result.RunInfo;
import org.thingconform.result.Verdict;

/**
 * Renders the clause matrix as one self-contained HTML page (inline CSS, no scripts, nothing
 * loaded from elsewhere) that can be archived with the results and opened anywhere.
 */
public final class ClauseMatrixHtml {

    /** The file name inside a results folder. */
    public static final String FILE_NAME = "clause-matrix.html";

    private ClauseMatrixHtml() {
    }

    /** The page for {@code matrix} of the run {@code run}. */
    public static String render(RunInfo run, ClauseMatrix matrix) {
        return render(run, matrix, Map.of());
    }

    /**
     * As {@link #render(RunInfo, ClauseMatrix)}, with a column of each clause's verdicts in the last runs and its
     * mark ({@code trends}: {@link VerdictHistory#key} → trend; empty: no such column).
     */
    public static String render(RunInfo run, ClauseMatrix matrix, Map<String, ClauseTrend> trends) {
        return render(run, matrix, trends, List.of());
    }

    /** As {@link #render(RunInfo, ClauseMatrix, Map)}, with the capacity measurements of the run's fleets after the clauses. */
    static String render(RunInfo run, ClauseMatrix matrix, Map<String, ClauseTrend> trends,
                         List<FleetFigures.Figure> fleets) {
        StringBuilder html = new StringBuilder(8192 + matrix.clauses().size() * 400);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>ThingConform clause matrix — ").append(esc(RunFacts.platformName(run)))
                .append("</title>\n<style>\n").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>ThingConform clause matrix</h1>\n");
        runInfo(html, run);
        summary(html, matrix.summary());
        coverage(html, run.coverage());
        icsMismatches(html, matrix.icsMismatches());
        clauses(html, matrix, trends);
        FleetFigures.appendTo(html, fleets);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void runInfo(StringBuilder html, RunInfo run) {
        html.append("<h2>Run</h2>\n<table class=\"run\">\n");
        row(html, "Suite version", run.suiteVersion());
        row(html, "Platform", RunFacts.platformName(run));
        row(html, "Start", time(run.start()));
        row(html, "End", time(run.end()));
        Duration duration = RunFacts.duration(run);
        row(html, "Duration", duration == null ? "" : duration.toMillis() / 1000.0 + " s");
        row(html, "Certification", run.kind().label());
        row(html, "Faults switched on", RunFacts.faults(run));
        row(html, "Confirmation", run.confirm() == 0 ? "none: every test ran once"
                : run.confirm() + " more tries of every test that did not pass (--confirm " + run.confirm() + ")");
        if (!run.resumed().isEmpty()) {
            row(html, "Resumed", String.join(", ", run.resumed().stream().map(Instant::toString).toList()));
        }
        if (run.replay() != null) {
            row(html, "Command", run.replay());
        }
        html.append("</table>\n");
    }

    /** How much of their standards the profiles cover: a row per standard and edition, the gap under it. */
    private static void coverage(StringBuilder html, List<org.thingconform.result.StandardCoverage> standards) {
        if (standards.isEmpty()) {
            return;
        }
        html.append("<h2>Coverage of the standards</h2>\n<table class=\"matrix\">\n<thead><tr><th>Standard</th>")
                .append("<th>Profile</th><th>Statements</th><th>Server side</th><th>Covered</th><th>Untestable</th>")
                .append("<th>Not yet covered</th></tr></thead>\n<tbody>\n");
        for (org.thingconform.result.StandardCoverage c : standards) {
            html.append("<tr><td>").append(esc(c.standard() + " " + c.edition())).append("</td><td>")
                    .append(esc(c.profile())).append("</td><td>").append(c.statements()).append("</td><td>")
                    .append(c.serverSide()).append("</td><td>").append(c.covered()).append(" (")
                    .append(esc(org.thingconform.result.StandardCoverage.percent(c.coveredShare())))
                    .append(")</td><td>").append(c.untestable()).append("</td><td>")
                    .append(c.gap().isEmpty() ? "0" : "<details><summary>" + c.gap().size() + "</summary><small>"
                            + esc(String.join(", ", c.gap())) + "</small></details>")
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"note\">Statements that bind only the client are left out of the "
                + "server side; <code>thingconform coverage</code> lists every statement with its clauses or the "
                + "reason it is untestable.</p>\n");
    }

    private static void summary(StringBuilder html, VerdictSummary summary) {
        html.append("<h2>Summary</h2>\n<div class=\"counts\">\n");
        count(html, Verdict.PASS, summary.pass());
        count(html, Verdict.FAIL, summary.fail());
        if (summary.waived() > 0) {
            html.append("<div class=\"count\"><b>").append(summary.waived()).append("</b>")
                    .append(badge(Verdict.FAIL)).append(" waived</div>\n");
        }
        if (summary.intermittent() > 0) {
            html.append("<div class=\"count\"><b>").append(summary.intermittent()).append("</b>")
                    .append(badge(Verdict.FAIL)).append(" intermittent</div>\n");
        }
        count(html, Verdict.INCONCLUSIVE, summary.inconclusive());
        count(html, Verdict.ERROR, summary.error());
        count(html, Verdict.NOT_APPLICABLE, summary.notApplicable());
        if (summary.notRun() > 0) {
            count(html, Verdict.NOT_RUN, summary.notRun());
        }
        html.append("<div class=\"count\"><b>").append(summary.total()).append("</b>clauses</div>\n</div>\n");
        String conformance = summary.conformance() == null ? (summary.conformant() ? "conformant" : "not conformant")
                : summary.conformance();
        html.append("<div class=\"verdict ").append(conformance.startsWith("not") ? "nonconformant" : "conformant")
                .append("\">").append(esc(conformance.toUpperCase(java.util.Locale.ROOT))).append("</div>\n");
        html.append("<p class=\"note\">Conformant means every MUST clause that applies (verdict other than ")
                .append("NOT APPLICABLE) is PASS; conformant with waivers, that the only MUST clauses not PASS are ")
                .append("FAILs a waiver covers (they stay FAIL). SHOULD and MAY clauses are reported but do not decide ")
                .append("conformance.</p>\n");
    }

    /** Where the platform behaved unlike its ICS answers; nothing when it never did. */
    private static void icsMismatches(StringBuilder html, List<IcsMismatchRow> mismatches) {
        if (mismatches.isEmpty()) {
            return;
        }
        html.append("<h2>ICS mismatches: declared versus observed</h2>\n<table class=\"matrix\">\n<thead><tr>")
                .append("<th>ICS item</th><th>Answered</th><th>Observed</th><th>Clause</th><th>Test (evidence)</th></tr>")
                .append("</thead>\n<tbody>\n");
        for (IcsMismatchRow m : mismatches) {
            html.append("<tr><td>").append(esc(m.item())).append("</td><td>").append(esc(m.declared()))
                    .append("</td><td class=\"reason\">").append(esc(m.observed())).append("</td><td><a href=\"#")
                    .append(esc(ClauseAnchor.id(m.profile(), m.clause()))).append("\">").append(esc(m.clause()))
                    .append("</a>").append(m.binding() == null ? "" : " [" + esc(m.binding()) + "]")
                    .append("</td><td class=\"reason\">").append(esc(m.testId())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void clauses(StringBuilder html, ClauseMatrix matrix, Map<String, ClauseTrend> trends) {
        List<String> bindings = matrix.bindingIds();
        html.append("<h2>Clauses</h2>\n<table class=\"matrix\">\n<thead><tr><th>Profile</th><th>Clause</th>")
                .append("<th>Level</th><th>Verdict</th>");
        if (!trends.isEmpty()) {
            html.append("<th>Last runs</th>");
        }
        bindings.forEach(b -> html.append("<th class=\"binding\">").append(esc(b)).append("</th>"));
        html.append("<th>Summary</th><th>Reason</th></tr></thead>\n<tbody>\n");
        for (ClauseMatrixRow row : matrix.clauses()) {
            StringBuilder perBinding = new StringBuilder();
            bindings.forEach(b -> perBinding.append("</td><td>").append(row.bindings().containsKey(b)
                    ? badge(row.bindings().get(b)) : "<span class=\"none\">—</span>"));
            html.append("<tr id=\"").append(esc(ClauseAnchor.id(row.profile(), row.clause()))).append("\"><td>")
                    .append(esc(row.profile())).append("</td><td class=\"clause\" title=\"")
                    .append(esc(clauseTitle(row))).append("\">").append(clauseId(row))
                    .append(row.cases() == null ? "" : "<br><small>" + row.cases() + " generated cases</small>")
                    .append("</td><td>")
                    .append(row.level() == null ? "" : row.level().name()).append("</td><td>")
                    .append(badge(row.verdict())).append(tried(row)).append(waived(row))
                    .append(trends.isEmpty() ? "" : "</td><td class=\"history\">"
                            + lastRuns(trends.get(VerdictHistory.key(row.profile(), row.clause()))))
                    .append(perBinding).append("</td><td>").append(esc(row.summary()))
                    .append("</td><td class=\"reason\">").append(esc(row.reason()))
                    .append(tries(row.tries()))
                    .append(row.replay() == null ? "" : "<br><small>replay: <code>" + esc(row.replay()) + "</code></small>")
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /**
     * A clause's verdicts in the last runs, the latest first (as many as {@link #SHOWN_RUNS}), under its mark
     * (newly failing, fixed, flaky); "first run" when no earlier run judged it.
     */
    private static String lastRuns(ClauseTrend trend) {
        if (trend == null || trend.previous().isEmpty()) {
            return "<small class=\"none\">first run</small>";
        }
        StringBuilder cell = new StringBuilder();
        trend.mark().ifPresent(m -> cell.append("<small class=\"mark ").append(m.name()).append("\">")
                .append(esc(m.label())).append("</small><br>"));
        trend.previous().stream().limit(SHOWN_RUNS).forEach(v -> cell.append(badge(v)).append(' '));
        return cell.toString().trim();
    }

    /** How many earlier verdicts a clause's row shows (the history file keeps more). */
    private static final int SHOWN_RUNS = 5;

    /** Below a confirmed verdict's badge: {@code (intermittent: 2 of 4)} or {@code (4 of 4 tries)}. */
    private static String tried(ClauseMatrixRow row) {
        if (row.tries() == null) {
            return "";
        }
        String shown = org.thingconform.result.ShownVerdict.of(row.verdict(), row.tries(), null);
        return "<br><small class=\"" + (row.intermittent() ? "intermittent" : "tries") + "\">"
                + esc(shown.substring(row.verdict().name().length()).trim()) + "</small>";
    }

    /** Every try of a confirmed verdict, with its verdict and reason, so a lab sees what varied. */
    private static String tries(org.thingconform.result.Tries tries) {
        if (tries == null) {
            return "";
        }
        StringBuilder list = new StringBuilder("<details><summary>").append(tries.total()).append(" tries, ")
                .append(tries.agreed()).append(" agreed</summary><ol class=\"tries\">");
        tries.each().forEach(t -> list.append("<li>").append(badge(t.verdict()))
                .append(t.reason() == null ? "" : " " + esc(t.reason())).append("</li>"));
        return list.append("</ol></details>").toString();
    }

    /** Below a waived FAIL's badge: {@code (waived: reason)}, the reference linked, who approved it and until when. */
    private static String waived(ClauseMatrixRow row) {
        if (row.waiver() == null) {
            return "";
        }
        String reference = HtmlText.isWebUrl(row.waiver().reference()) ? "<a href=\"" + esc(row.waiver().reference().trim())
                + "\" rel=\"noopener noreferrer\">reference</a>" : esc(row.waiver().reference());
        return "<br><small class=\"waived\">(waived: " + esc(row.waiver().reason()) + ") " + reference + ", approved by "
                + esc(row.waiver().approver()) + ", until " + row.waiver().expires() + "</small>";
    }

    private static String clauseId(ClauseMatrixRow row) {
        if (!HtmlText.isWebUrl(row.url())) {
            return esc(row.clause());
        }
        return "<a href=\"" + esc(row.url().trim()) + "\" rel=\"noopener noreferrer\">" + esc(row.clause()) + "</a>";
    }

    private static String clauseTitle(ClauseMatrixRow row) {
        StringBuilder title = new StringBuilder();
        if (row.standard() != null) {
            title.append(row.standard());
            if (row.edition() != null) {
                title.append(' ').append(row.edition());
            }
        }
        if (row.chapter() != null) {
            title.append(title.isEmpty() ? "" : ", ").append(row.chapter());
        }
        if (row.source() != null) {
            title.append(title.isEmpty() ? "" : "; ").append("defined at ").append(row.source());
        }
        return title.toString();
    }

    private static void row(StringBuilder html, String name, String value) {
        html.append("<tr><th>").append(esc(name)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }

    private static void count(StringBuilder html, Verdict verdict, int count) {
        html.append("<div class=\"count\"><b>").append(count).append("</b>").append(badge(verdict))
                .append("</div>\n");
    }

    private static String badge(Verdict verdict) {
        if (verdict == null) {
            return "";
        }
        return "<span class=\"badge " + verdict.name() + "\">" + verdict.name().replace('_', ' ')
                + "</span>";
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String esc(String text) {
        return HtmlText.escape(text);
    }
}
