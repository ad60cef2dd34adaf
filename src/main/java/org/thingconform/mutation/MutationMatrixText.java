package org.thingconform.mutation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.thingconform.result.Verdict;

/**
 * The mutation matrix as plain text lines for a terminal: one line per fault with the clauses
 * it turned to FAIL ({@code *} declared, {@code +} collateral), then the missed faults,
 * collateral failures, collateral INCONCLUSIVE verdicts, unguarded MUST clauses and false alarms,
 * each "none" when empty.
 */
public final class MutationMatrixText {

    private MutationMatrixText() {
    }

    public static List<String> lines(MutationMatrix matrix) {
        List<String> lines = new ArrayList<>();
        int width = Math.max(26, matrix.faults().stream().mapToInt(f -> f.fault().length() + 2).max().orElse(0));
        String format = "%-" + width + "s %-7s %s";
        lines.add(String.format(format, "fault", "result", "clauses turned to FAIL (* declared by the fault, + collateral)"));
        for (FaultVerdict fault : matrix.faults()) {
            String failed = fault.failed().stream()
                    .map(f -> f.clause().clauseId() + (f.declared() ? "*" : "+")).collect(Collectors.joining(" "));
            lines.add(String.format(format, fault.fault(), fault.caught() ? "caught" : "MISSED",
                    failed.isEmpty() ? "(none)" : failed).stripTrailing());
        }

        section(lines, "missed", matrix.faults().stream().flatMap(f -> f.missed().stream()
                .map(m -> f.fault() + ": " + m.clauseId() + (m.stale() ? "" : " " + m.verdict()) + " — " + m.reason()))
                .toList());
        if (matrix.collateralLookedFor()) {
            section(lines, "collateral (shown, not an error)", matrix.faults().stream().flatMap(f -> f.collateral()
                    .stream().map(c -> f.fault() + ": " + c.clause().clauseId() + " FAIL — " + c.reason())).toList());
            section(lines, "collateral: inconclusive (shown, not an error, not in the score)", matrix.faults().stream()
                    .flatMap(f -> f.collateralInconclusive().stream().map(c -> f.fault() + ": " + c.clause().profile()
                            + " " + c.clause().clauseId() + " INCONCLUSIVE" + (c.reason() == null ? ""
                            : " — " + c.reason()))).toList());
        } else {
            lines.add("collateral: not looked for (each fault ran only the clauses it declares)");
        }
        section(lines, "unguarded MUST clauses (no fault declares them)", matrix.unguarded().stream()
                .map(c -> c.profile() + " " + c.clauseId() + " — " + c.summary()).toList());
        section(lines, "false alarms (not PASS against the fault-free platform)", matrix.falseAlarms().stream()
                .map(o -> o.clause().profile() + " " + o.clause().clauseId() + " " + o.verdict()
                        + (o.reason() == null ? "" : " — " + o.reason())).toList());
        return lines;
    }

    /** A one-line verdict count of a run, e.g. {@code 8 clause(s): 7 PASS, 1 FAIL}. */
    public static String counts(List<ClauseOutcome> outcomes) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        outcomes.forEach(o -> counts.merge(o.verdict(), 1, Integer::sum));
        return outcomes.size() + " clause(s): " + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    private static void section(List<String> lines, String title, List<String> entries) {
        if (entries.isEmpty()) {
            lines.add(title + ": none");
            return;
        }
        lines.add(title + ": " + entries.size());
        entries.forEach(e -> lines.add("  " + e));
    }
}
