package org.thingconform.matrix;

import java.util.List;

/** One implementation of the matrix: its name, the runs merged into its column and its verdict counts. */
public record ImplementationColumn(String name, List<RunRef> runs, ImplementationSummary summary) {

    public ImplementationColumn {
        runs = List.copyOf(runs);
    }
}
