package org.thingconform.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.thingconform.result.Verdict;

/**
 * The implementation matrix as plain text lines for the terminal: the implementations with
 * their counts and folders, then one line per clause with a verdict per implementation.
 */
public final class ImplementationMatrixText {

    /** The widest a cell's verdict is shown in text (a waiver's reason is cut; the HTML has it whole). */
    private static final int SHOWN_WIDTH = 32;

    private static final String NOT_RUN = "-";

    private ImplementationMatrixText() {
    }

    public static List<String> lines(ImplementationMatrix matrix) {
        List<String> lines = new ArrayList<>();
        List<ImplementationColumn> columns = matrix.implementations();
        for (int i = 0; i < columns.size(); i++) {
            ImplementationColumn column = columns.get(i);
            ImplementationSummary s = column.summary();
            lines.add("[" + (i + 1) + "] " + column.name() + ": " + s.fail() + " FAIL"
                    + (s.intermittent() > 0 ? " (" + s.intermittent() + " intermittent)" : "") + ", " + s.error() + " ERROR, "
                    + s.inconclusive() + " INCONCLUSIVE, " + s.pass() + " PASS, " + s.notApplicable()
                    + " NOT_APPLICABLE, " + s.notRun() + " not run (" + column.runs().size() + " run(s))");
        }
        int keyWidth = "clause".length();
        for (MatrixRow row : matrix.clauses()) {
            keyWidth = Math.max(keyWidth, key(row).length());
        }
        int cellWidth = Verdict.NOT_APPLICABLE.name().length();
        for (MatrixRow row : matrix.clauses()) {
            for (MatrixCell cell : row.cells().values()) {
                cellWidth = Math.max(cellWidth, shown(cell).length());
            }
        }
        StringBuilder header = new StringBuilder(pad("clause", keyWidth));
        for (int i = 0; i < columns.size(); i++) {
            header.append("  ").append(pad("[" + (i + 1) + "]", cellWidth));
        }
        lines.add(header.toString().stripTrailing());
        for (MatrixRow row : matrix.clauses()) {
            StringBuilder line = new StringBuilder(pad(key(row), keyWidth));
            for (ImplementationColumn column : columns) {
                MatrixCell cell = row.cells().get(column.name());
                line.append("  ").append(pad(cell == null ? NOT_RUN : shown(cell), cellWidth));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** The cell's verdict as its run showed it (intermittent, waived), else the verdict's name. */
    private static String shown(MatrixCell cell) {
        String shown = cell.shown() != null ? cell.shown() : cell.verdict().name();
        return shown.length() <= SHOWN_WIDTH ? shown : shown.substring(0, SHOWN_WIDTH - 2) + "…)";
    }

    private static String key(MatrixRow row) {
        return String.join(" ", Stream.of(row.standard(), row.edition(), row.clause())
                .filter(t -> t != null && !t.isBlank()).toList());
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
