package org.thingconform.profile.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.thingconform.result.StandardCoverage;
import org.thingconform.source.SourceLocation;

/**
 * A coverage report as text: the counts per standard and edition, then one line per statement (or only the gap)
 * with its standing and the clauses that cover it or the reason it is untestable.
 */
public final class CoverageText {

    private CoverageText() {
    }

    /** The report's lines; with {@code gapsOnly}, the statement lines are those not yet covered. */
    public static List<String> lines(CoverageReport report, boolean gapsOnly) {
        List<String> lines = new ArrayList<>();
        StatementList list = report.list();
        long clientOnly = report.total() - report.serverSide();
        lines.add(list.standard() + " " + list.edition() + " (profile " + report.profile() + ", "
                + SourceLocation.display(list.file()) + ")");
        lines.add("  " + report.total() + " statements: " + report.serverSide() + " bind the server (or either side), "
                + clientOnly + " only the client");
        lines.add("  server side: " + report.covered() + " covered (" + StandardCoverage.percent(report.coveredShare())
                + "), "
                + report.untestable() + " untestable with a reason, " + report.notCovered()
                + " not yet covered; covered or explained: " + StandardCoverage.percent(report.decidedShare()));
        if (!report.outsideTheList().isEmpty()) {
            lines.add("  clauses of the profile outside the list: " + String.join(", ", report.outsideTheList()));
        }
        lines.add("");
        int width = report.statements().stream().mapToInt(s -> s.statement().id().length()).max().orElse(10);
        for (StatementCoverage s : report.statements()) {
            if (gapsOnly && s.standing() != Standing.NOT_COVERED) {
                continue;
            }
            Statement statement = s.statement();
            String detail = switch (s.standing()) {
                case COVERED -> "clause " + String.join(", ", s.clauses());
                case UNTESTABLE -> s.reason();
                case NOT_COVERED -> statement.says();
            };
            lines.add(String.format(Locale.ROOT, "%-" + width + "s  %-6s %-6s %-11s %s", statement.id(),
                    statement.level(), statement.binds().name().toLowerCase(Locale.ROOT),
                    s.standing().name().toLowerCase(Locale.ROOT).replace('_', ' '), detail));
        }
        return lines;
    }

}
