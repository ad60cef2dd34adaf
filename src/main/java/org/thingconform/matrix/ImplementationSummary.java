package org.thingconform.matrix;

import java.util.Collection;
import org.thingconform.result.Verdict;

/**
 * How many clauses of the matrix got each merged verdict for one implementation, and how many
 * none of its runs had; {@code intermittent} of the FAILs did not reproduce on every try of a
 * confirmed run ({@code run --confirm}).
 */
public record ImplementationSummary(int fail, int error, int inconclusive, int pass, int notApplicable, int notRun,
                                    int intermittent) {

    /** A summary without intermittent FAILs. */
    public ImplementationSummary(int fail, int error, int inconclusive, int pass, int notApplicable, int notRun) {
        this(fail, error, inconclusive, pass, notApplicable, notRun, 0);
    }

    // notRun counts both clauses no run had and clauses an interrupted run recorded as NOT_RUN

    /** Counts the merged verdicts of one implementation's {@code cells} among {@code rows} rows. */
    static ImplementationSummary of(Collection<MatrixCell> cells, int rows) {
        int[] counts = new int[Verdict.values().length];
        cells.forEach(c -> counts[c.verdict().ordinal()]++);
        return new ImplementationSummary(counts[Verdict.FAIL.ordinal()], counts[Verdict.ERROR.ordinal()],
                counts[Verdict.INCONCLUSIVE.ordinal()], counts[Verdict.PASS.ordinal()],
                counts[Verdict.NOT_APPLICABLE.ordinal()], rows - cells.size() + counts[Verdict.NOT_RUN.ordinal()],
                (int) cells.stream().filter(MatrixCell::intermittent).count());
    }

    /** The count of one verdict. */
    public int count(Verdict verdict) {
        return switch (verdict) {
            case FAIL -> fail;
            case ERROR -> error;
            case INCONCLUSIVE -> inconclusive;
            case PASS -> pass;
            case NOT_APPLICABLE -> notApplicable;
            case NOT_RUN -> notRun;
        };
    }
}
