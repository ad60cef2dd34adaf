package org.thingconform.mutation;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.thingconform.report.HtmlText;
import org.thingconform.report.ReportStyle;
import org.thingconform.result.ProfileFile;
import org.thingconform.result.Verdict;

/**
 * Renders a mutation run as one self-contained HTML page (inline CSS, no scripts, every text
 * escaped), styled like the clause matrix: a fault × clause grid, then the missed faults,
 * collateral failures, collateral INCONCLUSIVE verdicts, unguarded MUST clauses, false alarms and
 * the fault-free verdicts.
 */
public final class MutationMatrixHtml {

    /** The file name inside the output folder. */
    public static final String FILE_NAME = "mutation-matrix.html";

    private static final String EXTRA_CSS = """
            table.grid td.cell{text-align:center}
            table.grid th.clause{white-space:nowrap}
            .CAUGHT{background:#1a7f37}
            .MISSED{background:#bf8700}
            .badge.collateral{background:#fff;color:#cf222e;border:1px solid #cf222e}
            .badge.INCONCLUSIVE.collateral{color:#9a6700;border-color:#bf8700}
            .legend span{margin-right:1rem}
            """;

    private MutationMatrixHtml() {
    }

    public static String render(MutationReport report) {
        MutationMatrix matrix = report.matrix();
        StringBuilder html = new StringBuilder(16384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>ThingConform mutation matrix — ").append(esc(report.score().line()))
                .append("</title>\n<style>\n").append(ReportStyle.CSS).append(EXTRA_CSS)
                .append("</style>\n</head>\n<body>\n<h1>ThingConform mutation matrix</h1>\n")
                .append("<p class=\"note\">Every clause ran against the embedded reference platform once with no ")
                .append("fault, then once per fault with that deliberate violation switched on. A fault is caught ")
                .append("when every clause it declares turns to FAIL: proof that those clause tests can fail.</p>\n");
        run(html, report);
        score(html, report);
        grid(html, matrix);
        evidence(html, matrix);
        missed(html, matrix);
        collateral(html, matrix);
        collateralInconclusive(html, matrix);
        unguarded(html, matrix);
        falseAlarms(html, matrix);
        baseline(html, matrix);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void run(StringBuilder html, MutationReport report) {
        html.append("<h2>Run</h2>\n<table class=\"run\">\n");
        row(html, "Suite version", report.suiteVersion());
        row(html, "Platform", "embedded reference platform, started once, faults switched between runs");
        row(html, "Start", String.valueOf(report.start()));
        row(html, "End", String.valueOf(report.end()));
        row(html, "Duration", Duration.between(report.start(), report.end()).toMillis() / 1000.0 + " s");
        StringBuilder profiles = new StringBuilder();
        for (ProfileFile p : report.profiles()) {
            profiles.append(profiles.isEmpty() ? "" : "; ").append(p.id()).append(" (").append(p.path())
                    .append(", sha256 ").append(p.sha256()).append(')');
        }
        row(html, "Profiles", profiles.toString());
        row(html, "Faults run", report.matrix().faults().size() + " of " + report.matrix().knownFaults());
        html.append("</table>\n");
    }

    private static void score(StringBuilder html, MutationReport report) {
        MutationMatrix matrix = report.matrix();
        html.append("<h2>Score</h2>\n<div class=\"counts\">\n");
        count(html, report.score().caught(), "CAUGHT", "caught");
        count(html, matrix.missedFaults().size(), "MISSED", "missed");
        count(html, matrix.collateralCount(), "collateral", "collateral");
        count(html, matrix.collateralInconclusiveCount(), "INCONCLUSIVE collateral", "collateral: inconclusive");
        count(html, matrix.unguarded().size(), "NOT_APPLICABLE", "unguarded MUST");
        count(html, matrix.falseAlarms().size(), "FAIL", "false alarms");
        html.append("</div>\n<div class=\"verdict ").append(report.clean() ? "conformant" : "nonconformant")
                .append("\">").append(esc(report.score().line())).append(report.clean() ? "" : " — not clean")
                .append("</div>\n<p class=\"note\">Clean means no fault missed, every MUST clause declared by a ")
                .append("fault, and every clause PASS against the fault-free platform.</p>\n");
    }

    private static void grid(StringBuilder html, MutationMatrix matrix) {
        html.append("<h2>Matrix</h2>\n<p class=\"legend note\"><span>").append(badge("FAIL", "FAIL"))
                .append(" declared by the fault and turned to FAIL</span><span>")
                .append(badge("MISSED", "MISSED")).append(" declared but did not turn to FAIL</span><span>")
                .append(badge("FAIL collateral", "FAIL")).append(" not declared, turned to FAIL</span><span>")
                .append(badge("INCONCLUSIVE collateral", "INCONCLUSIVE"))
                .append(" not declared, turned INCONCLUSIVE</span></p>\n")
                .append("<table class=\"matrix grid\">\n<thead><tr><th>Fault</th><th>Result</th>");
        List<ClauseRef> clauses = matrix.baseline().stream().map(ClauseOutcome::clause).toList();
        for (ClauseRef clause : clauses) {
            html.append("<th class=\"clause\" title=\"").append(esc(clause.profile() + ": " + clause.summary()))
                    .append("\">").append(esc(clause.clauseId())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (FaultVerdict fault : matrix.faults()) {
            Map<ClauseRef, FailedClause> failed = new HashMap<>();
            fault.failed().forEach(f -> failed.put(f.clause(), f));
            Map<ClauseRef, InconclusiveClause> inconclusive = new HashMap<>();
            fault.collateralInconclusive().forEach(i -> inconclusive.put(i.clause(), i));
            Map<ClauseRef, MissedClause> missed = new HashMap<>();
            for (MissedClause m : fault.missed()) {
                clauses.stream().filter(c -> c.clauseId().equals(m.clauseId()) && c.profile().equals(m.profile()))
                        .forEach(c -> missed.put(c, m));
            }
            html.append("<tr><td title=\"").append(esc(fault.description())).append("\">")
                    .append(esc(fault.fault())).append("</td><td>")
                    .append(fault.caught() ? badge("CAUGHT", "CAUGHT") : badge("MISSED", "MISSED")).append("</td>");
            for (ClauseRef clause : clauses) {
                html.append("<td class=\"cell\"");
                if (failed.containsKey(clause)) {
                    FailedClause f = failed.get(clause);
                    html.append(" title=\"").append(esc(f.reason())).append("\">")
                            .append(f.declared() ? badge("FAIL", "FAIL") : badge("FAIL collateral", "FAIL"));
                } else if (inconclusive.containsKey(clause)) {
                    html.append(" title=\"").append(esc(inconclusive.get(clause).reason())).append("\">")
                            .append(badge("INCONCLUSIVE collateral", "INCONCLUSIVE"));
                } else if (missed.containsKey(clause)) {
                    MissedClause m = missed.get(clause);
                    html.append(" title=\"").append(esc(m.reason())).append("\">").append(badge("MISSED", "MISSED"))
                            .append(' ').append(esc(m.verdict().name()));
                } else {
                    html.append('>');
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void evidence(StringBuilder html, MutationMatrix matrix) {
        html.append("<h2>Faults and the failures they caused</h2>\n");
        List<String[]> rows = matrix.faults().stream().flatMap(f -> f.failed().stream().map(c -> new String[] {
                f.fault(), f.description(), c.clause().clauseId(), c.declared() ? "declared" : "collateral",
                c.reason()})).toList();
        table(html, "no fault turned a clause to FAIL",
                new String[] {"Fault", "What the platform does wrong", "Clause", "Declared by the fault", "FAIL reason"},
                rows);
    }

    private static void missed(StringBuilder html, MutationMatrix matrix) {
        html.append("<h2>Missed</h2>\n");
        List<String[]> rows = matrix.faults().stream().flatMap(f -> f.missed().stream().map(m -> new String[] {
                f.fault(), m.clauseId(), m.stale() ? "not in any selected profile" : m.verdict().name(), m.reason()}))
                .toList();
        table(html, "faults whose declared clauses all turned to FAIL",
                new String[] {"Fault", "Clause", "Verdict with the fault on", "Why it is missed"}, rows);
    }

    private static void collateral(StringBuilder html, MutationMatrix matrix) {
        if (!matrix.collateralLookedFor()) {
            html.append("<h2>Collateral</h2>\n<p class=\"note\">Not looked for: each fault ran only the clauses it ")
                    .append("declares (<code>--declared-only</code>).</p>\n");
            return;
        }
        html.append("<h2>Collateral</h2>\n<p class=\"note\">Clauses a fault also turned to FAIL without declaring ")
                .append("them. Shown for information; not an error.</p>\n");
        List<String[]> rows = matrix.faults().stream().flatMap(f -> f.collateral().stream().map(c -> new String[] {
                f.fault(), c.clause().clauseId(), c.reason()})).toList();
        table(html, "no collateral failures", new String[] {"Fault", "Clause", "FAIL reason"}, rows);
    }

    private static void collateralInconclusive(StringBuilder html, MutationMatrix matrix) {
        if (!matrix.collateralLookedFor()) {
            return;
        }
        html.append("<h2>Collateral: inconclusive</h2>\n<p class=\"note\">Clauses a fault does not declare that ")
                .append("turned INCONCLUSIVE with it on (and were not INCONCLUSIVE fault-free): the fault broke ")
                .append("something the clause only needs to reach its own check. Shown for information; not an error, ")
                .append("not in the score.</p>\n");
        List<String[]> rows = matrix.faults().stream().flatMap(f -> f.collateralInconclusive().stream()
                .map(c -> new String[] {f.fault(), c.clause().profile(), c.clause().clauseId(), c.reason()})).toList();
        table(html, "no collateral INCONCLUSIVE verdicts",
                new String[] {"Fault", "Profile", "Clause", "INCONCLUSIVE reason"}, rows);
    }

    private static void unguarded(StringBuilder html, MutationMatrix matrix) {
        html.append("<h2>Unguarded MUST clauses</h2>\n<p class=\"note\">MUST clauses no fault declares: nothing ")
                .append("proves their tests can fail.</p>\n");
        List<String[]> rows = matrix.unguarded().stream()
                .map(c -> new String[] {c.profile(), c.clauseId(), c.summary()}).toList();
        table(html, "every MUST clause has a fault", new String[] {"Profile", "Clause", "Summary"}, rows);
    }

    private static void falseAlarms(StringBuilder html, MutationMatrix matrix) {
        html.append("<h2>False alarms</h2>\n<p class=\"note\">Clauses that are not PASS against the fault-free ")
                .append("platform.</p>\n");
        List<String[]> rows = matrix.falseAlarms().stream().map(o -> new String[] {
                o.clause().profile(), o.clause().clauseId(), o.verdict().name(), o.reason()}).toList();
        table(html, "every clause PASS fault-free", new String[] {"Profile", "Clause", "Verdict", "Reason"}, rows);
    }

    private static void baseline(StringBuilder html, MutationMatrix matrix) {
        html.append("<h2>Fault-free run</h2>\n<table class=\"matrix\">\n<thead><tr><th>Profile</th><th>Clause</th>")
                .append("<th>Level</th><th>Verdict</th><th>Summary</th><th>Reason</th></tr></thead>\n<tbody>\n");
        for (ClauseOutcome o : matrix.baseline()) {
            html.append("<tr><td>").append(esc(o.clause().profile())).append("</td><td class=\"clause\">")
                    .append(esc(o.clause().clauseId())).append("</td><td>")
                    .append(o.clause().level() == null ? "" : o.clause().level().name()).append("</td><td>")
                    .append(verdictBadge(o.verdict())).append("</td><td>").append(esc(o.clause().summary()))
                    .append("</td><td class=\"reason\">").append(esc(o.reason())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void table(StringBuilder html, String whenEmpty, String[] headers, List<String[]> rows) {
        if (rows.isEmpty()) {
            html.append("<p>None: ").append(esc(whenEmpty)).append(".</p>\n");
            return;
        }
        html.append("<table class=\"matrix\">\n<thead><tr>");
        for (String header : headers) {
            html.append("<th>").append(esc(header)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (String[] row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.length; i++) {
                html.append(i == row.length - 1 ? "<td class=\"reason\">" : "<td>").append(esc(row[i])).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void row(StringBuilder html, String name, String value) {
        html.append("<tr><th>").append(esc(name)).append("</th><td>").append(esc(value))
                .append("</td></tr>\n");
    }

    private static void count(StringBuilder html, int count, String cssClass, String label) {
        html.append("<div class=\"count\"><b>").append(count).append("</b>").append(badge(cssClass, label))
                .append("</div>\n");
    }

    private static String verdictBadge(Verdict verdict) {
        return verdict == null ? "" : badge(verdict.name(), verdict.name().replace('_', ' '));
    }

    private static String badge(String cssClass, String label) {
        return "<span class=\"badge " + esc(cssClass) + "\">" + esc(label) + "</span>";
    }

    private static String esc(String text) {
        return HtmlText.escape(text);
    }
}
