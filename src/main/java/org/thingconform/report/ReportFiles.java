package org.thingconform.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ReportWriter} wrote, so the CLI can print the paths and hand the Allure
 * results to {@link AllureHtmlGenerator}.
 */
public record ReportFiles(Path outDir, Path allureResults, Path clauseMatrixJson, Path clauseMatrixHtml,
                          Path runManifest) {

    /** Every file and folder written, in writing order. */
    public List<Path> all() {
        return List.of(clauseMatrixJson, clauseMatrixHtml, runManifest, allureResults);
    }
}
