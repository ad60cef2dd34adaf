package org.thingconform.report;

import java.util.List;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.ClauseVerdicts;

/**
 * The clause × verdict table of a run, as written to {@code clause-matrix.json}: the one file
 * a certification engineer or a CI job reads to know which requirement passed.
 */
public record ClauseMatrix(VerdictSummary summary, List<ClauseMatrixRow> clauses) {

    /** The file name inside a results folder. */
    public static final String FILE_NAME = "clause-matrix.json";

    public ClauseMatrix {
        clauses = List.copyOf(clauses);
    }

    /** The matrix of {@code results}, in their order, one row per clause (generated cases folded in). */
    public static ClauseMatrix of(List<ClauseResult> results) {
        List<ClauseResult> perClause = ClauseVerdicts.perClause(results);
        return new ClauseMatrix(VerdictSummary.of(perClause), perClause.stream().map(ClauseMatrixRow::of).toList());
    }
}
