package org.thingconform.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thingconform.history.ClauseTrend;
import org.thingconform.history.HistoryFolder;
import org.thingconform.history.PastRun;
import org.thingconform.history.VerdictHistory;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Verdict;
import org.thingconform.result.RunInfo;
import org.thingconform.waiver.Waivers;

/**
 * Writes the report files of a run into its results folder: the clause matrix (JSON and
 * HTML), the run manifest and the Allure results. The Allure HTML report is a separate,
 * slower step: {@link AllureHtmlGenerator}.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Writes every report file under {@code outDir}, most important first, so a failure (a
     * {@link ReportWriteException} with a one-line message) keeps what was already written.
     */
    public static ReportFiles write(Path outDir, RunInfo run, List<ClauseResult> results) {
        return write(outDir, run, results, false);
    }

    /**
     * As {@link #write(Path, RunInfo, List)}; with {@code keepAllureResults}, the Allure results
     * already in the folder stay (streamed while the run went on, or kept from before a resume)
     * and each of {@code results} replaces its own; else the folder starts empty.
     */
    public static ReportFiles write(Path outDir, RunInfo run, List<ClauseResult> results, boolean keepAllureResults) {
        return write(outDir, run, results, keepAllureResults, Waivers.NONE);
    }

    /**
     * As {@link #write(Path, RunInfo, List, boolean)}, each FAIL that {@code waivers} covers shown
     * as waived (its verdict stays FAIL) and the waivers recorded in the manifest.
     */
    public static ReportFiles write(Path outDir, RunInfo run, List<ClauseResult> results, boolean keepAllureResults,
                                    Waivers waivers) {
        return write(outDir, run, results, keepAllureResults, waivers, Optional.empty());
    }

    /**
     * As {@link #write(Path, RunInfo, List, boolean, Waivers)}; with a {@code history} folder, the clause matrix
     * shows each clause's verdicts of the last runs kept there and its mark (newly failing, fixed, flaky), this
     * run is added to its {@value VerdictHistory#FILE_NAME} (a copy goes next to the reports), and the Allure
     * history kept there goes into the Allure results, so the HTML report's Trend shows the last runs.
     */
    public static ReportFiles write(Path outDir, RunInfo run, List<ClauseResult> results, boolean keepAllureResults,
                                    Waivers waivers, Optional<HistoryFolder> history) {
        ReportFileIo.createDirectories(outDir);
        ClauseMatrix matrix = ClauseMatrix.of(results, run::replayOf, waivers).withRunKind(run.kind());
        byte[] matrixJson = ReportJson.bytes(matrix);
        VerdictHistory past = history.map(h -> VerdictHistory.load(h.verdictHistory())).orElse(null);
        Map<String, ClauseTrend> trends = new LinkedHashMap<>();
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        if (past != null) {
            for (ClauseMatrixRow row : matrix.clauses()) {
                String key = VerdictHistory.key(row.profile(), row.clause());
                trends.put(key, past.trend(key, row.verdict()));
                verdicts.put(key, row.verdict());
            }
        }
        byte[] matrixHtml = ClauseMatrixHtml.render(run, matrix, trends, FleetFigures.of(results))
                .getBytes(StandardCharsets.UTF_8);
        ReportFiles files = new ReportFiles(outDir, outDir.resolve(AllureResultsExport.DIR_NAME),
                outDir.resolve(ClauseMatrix.FILE_NAME), outDir.resolve(ClauseMatrixHtml.FILE_NAME),
                outDir.resolve(RunManifest.FILE_NAME));

        ReportFileIo.write(files.clauseMatrixJson(), matrixJson);
        ReportFileIo.write(files.clauseMatrixHtml(), matrixHtml);
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put(ClauseMatrix.FILE_NAME, Digests.sha256Hex(matrixJson));
        hashes.put(ClauseMatrixHtml.FILE_NAME, Digests.sha256Hex(matrixHtml));
        ReportJson.write(files.runManifest(), RunManifest.of(run, matrix.summary(), hashes, matrix.icsMismatches(),
                RunWaivers.of(waivers, results)));

        AllureResultsExport allure = new AllureResultsExport(files.allureResults(), !keepAllureResults, run::replayOf,
                waivers);
        allure.writeRunFiles(run);
        // a kept result already on disk was streamed when its test finished (now or before a resume)
        results.stream().filter(r -> !keepAllureResults || r.verdict() == org.thingconform.result.Verdict.NOT_RUN
                || !allure.has(r)).forEach(allure::write);
        if (past != null) {
            HistoryFolder folder = history.get();
            byte[] kept = past.with(new PastRun(run.start(), run.suiteVersion(), verdicts)).bytes();
            ReportFileIo.write(outDir.resolve(VerdictHistory.FILE_NAME), kept);
            ReportFileIo.createDirectories(folder.dir());
            ReportFileIo.write(folder.verdictHistory(), kept);
            folder.seedAllureResults(files.allureResults());
        }
        return files;
    }
}
