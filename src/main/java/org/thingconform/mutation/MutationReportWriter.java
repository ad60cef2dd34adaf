package org.thingconform.mutation;

import java.nio.file.Path;
import java.util.List;
import org.thingconform.report.ReportFileIo;
import org.thingconform.report.ReportJson;
import org.thingconform.report.ReportWriteException;

/**
 * Writes a mutation run's report files, JSON first so a failure keeps the more important file.
 */
public final class MutationReportWriter {

    private MutationReportWriter() {
    }

    /**
     * Writes {@value MutationReport#FILE_NAME} and {@value MutationMatrixHtml#FILE_NAME} under {@code outDir}.
     *
     * @return the files written
     * @throws ReportWriteException with a one-line message when a file cannot be written
     */
    public static List<Path> write(Path outDir, MutationReport report) {
        Path json = outDir.resolve(MutationReport.FILE_NAME);
        Path html = outDir.resolve(MutationMatrixHtml.FILE_NAME);
        ReportJson.write(json, report);
        ReportFileIo.write(html, MutationMatrixHtml.render(report));
        return List.of(json, html);
    }
}
