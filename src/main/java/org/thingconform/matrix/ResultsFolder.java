package org.thingconform.matrix;

import java.nio.file.Path;
import java.util.List;
import org.thingconform.report.AllureEvidenceIndex;

/**
 * A run's results folder as read back: who ran (the platform's name from the manifest, or a
 * label given on the command line), the clause rows and where their evidence lies.
 *
 * @param folder         the folder, absolute
 * @param implementation the column this run goes into: the label given, else the platform's name
 * @param platformName   the platform's name from the run manifest, or null without a manifest
 * @param faults         reference-platform faults the run switched on
 * @param start          when the run started, as the manifest says, or null
 * @param hasClauseMatrixHtml whether {@code clause-matrix.html} is there to link to
 * @param hasAllureReport     whether {@code allure-report/index.html} is there to link to
 */
public record ResultsFolder(Path folder, String implementation, String platformName, List<String> faults,
                            String start, List<RecordedClause> clauses, AllureEvidenceIndex evidence,
                            boolean hasClauseMatrixHtml, boolean hasAllureReport) {

    public ResultsFolder {
        faults = List.copyOf(faults);
        clauses = List.copyOf(clauses);
    }
}
