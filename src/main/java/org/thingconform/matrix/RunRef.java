package org.thingconform.matrix;

import java.util.List;

/**
 * A results folder that went into an implementation's column.
 *
 * @param folder        relative link to the folder
 * @param platformName  the platform's name from its run manifest, or null without one
 * @param faults        reference-platform faults the run switched on
 * @param start         when the run started, or null
 * @param clauseMatrix  relative link to its {@code clause-matrix.html}, or null
 * @param allureReport  relative link to its {@code allure-report/index.html}, or null
 */
public record RunRef(String folder, String platformName, List<String> faults, String start, String clauseMatrix,
                     String allureReport) {

    public RunRef {
        faults = List.copyOf(faults);
    }
}
