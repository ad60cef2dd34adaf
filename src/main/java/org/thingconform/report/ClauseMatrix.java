package org.thingconform.report;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.ClauseVerdicts;
import org.thingconform.result.Verdict;
import org.thingconform.waiver.Waiver;
import org.thingconform.waiver.Waivers;

/**
 * The clause × verdict table of a run, as written to {@code clause-matrix.json}: the one file
 * a certification engineer or a CI job reads to know which requirement passed.
 *
 * @param runKind       "certification run" or "not a certification run" (see {@link org.thingconform.result.RunKind})
 * @param icsMismatches where the platform behaved unlike its ICS answers
 */
public record ClauseMatrix(String runKind, VerdictSummary summary, List<ClauseMatrixRow> clauses,
                           List<IcsMismatchRow> icsMismatches) {

    /** The file name inside a results folder. */
    public static final String FILE_NAME = "clause-matrix.json";

    public ClauseMatrix {
        clauses = List.copyOf(clauses);
        icsMismatches = List.copyOf(icsMismatches);
    }

    /**
     * The matrix of {@code results}, in their order, one row per clause (generated cases
     * and bindings folded in), each with its verdict per binding when it ran over several.
     */
    public static ClauseMatrix of(List<ClauseResult> results) {
        return of(results, null);
    }

    /** As {@link #of(List)}, each row not passed naming the command that replays its test ({@code replay}: test id → command). */
    public static ClauseMatrix of(List<ClauseResult> results, java.util.function.UnaryOperator<String> replay) {
        return of(results, replay, Waivers.NONE);
    }

    /** As {@link #of(List, java.util.function.UnaryOperator)}, each FAIL row that {@code waivers} covers marked waived. */
    public static ClauseMatrix of(List<ClauseResult> results, java.util.function.UnaryOperator<String> replay,
                                  Waivers waivers) {
        Map<String, Waiver> waived = waivers.byClause(results);
        List<ClauseResult> perClause = ClauseVerdicts.perClause(results);
        Map<String, Map<String, Verdict>> byBinding = new LinkedHashMap<>();
        for (ClauseResult r : ClauseVerdicts.perClauseAndBinding(results)) {
            if (r.binding() != null) {
                byBinding.computeIfAbsent(key(r), k -> new LinkedHashMap<>()).put(r.binding(), r.verdict());
            }
        }
        return new ClauseMatrix(org.thingconform.result.RunKind.NOT_CERTIFICATION.label(),
                VerdictSummary.of(perClause, r -> waived.containsKey(Waivers.key(r))), perClause.stream()
                .map(r -> ClauseMatrixRow.of(r, byBinding.getOrDefault(key(r), Map.of()), replay,
                        waived.get(Waivers.key(r)))).toList(),
                IcsMismatchRow.of(results));
    }

    /** This matrix, of a run of {@code kind}. */
    public ClauseMatrix withRunKind(org.thingconform.result.RunKind kind) {
        return new ClauseMatrix(kind.label(), summary, clauses, icsMismatches);
    }

    /** Every binding some row ran over, in first-seen order: the binding columns of the matrix. */
    public List<String> bindingIds() {
        Set<String> ids = new LinkedHashSet<>();
        clauses.forEach(row -> ids.addAll(row.bindings().keySet()));
        return List.copyOf(ids);
    }

    private static String key(ClauseResult result) {
        return result.clause().profile() + "\u0000" + result.clause().clauseId();
    }
}
