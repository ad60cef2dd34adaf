package org.thingconform.matrix;

import java.util.List;

/**
 * The clause × implementation table, as written to {@code implementation-matrix.json}: for a
 * standards committee comparing implementations of a draft, requirement by requirement.
 *
 * @param precedence      how a cell's verdict is chosen among several runs, e.g. {@code FAIL > ERROR > …}
 * @param implementations the columns, in the order their first folder was given
 * @param clauses         the rows, by standard, edition and clause id
 */
public record ImplementationMatrix(String suiteVersion, String precedence, List<ImplementationColumn> implementations,
                                   List<MatrixRow> clauses) {

    /** The JSON file name in the output folder. */
    public static final String FILE_NAME = "implementation-matrix.json";

    public ImplementationMatrix {
        implementations = List.copyOf(implementations);
        clauses = List.copyOf(clauses);
    }
}
