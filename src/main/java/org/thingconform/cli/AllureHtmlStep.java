package org.thingconform.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.thingconform.engine.ThingConformTestEngine;
import org.thingconform.history.HistoryFolder;
import org.thingconform.report.AllureHtmlGenerator;
import org.thingconform.report.AllureReportLayout;
import org.thingconform.report.AllureResultsExport;
import org.thingconform.source.FileTrees;

/**
 * Renders a run's Allure HTML report as soon as the engine says its reports are written
 * ({@link ThingConformTestEngine#REPORTS_WRITTEN_KEY}), on a thread of its own, while the platform
 * under test is still stopping; {@link #await} renders it then if the engine never said so.
 */
final class AllureHtmlStep implements TestExecutionListener {

    private final Path outDir;
    private final HistoryFolder history;
    private volatile CompletableFuture<Void> rendering;

    AllureHtmlStep(Path outDir) {
        this(outDir, null);
    }

    /** With {@code history} (or null), the history files of this report are kept there for the next run's Trend. */
    AllureHtmlStep(Path outDir, HistoryFolder history) {
        this.outDir = outDir;
        this.history = history;
        AllureHtmlGenerator.withDefaults().warmUp();
    }

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        if (rendering == null && entry.getKeyValuePairs().containsKey(ThingConformTestEngine.REPORTS_WRITTEN_KEY)) {
            rendering = CompletableFuture.runAsync(this::render);
        }
    }

    /** Waits for the report (rendering it now when it was not started); why it was not generated, if it was not. */
    Optional<String> await() {
        try {
            if (rendering == null) {
                render();
            } else {
                rendering.get();
            }
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.of(String.valueOf(e.getCause().getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while the report was rendered");
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage());
        }
    }

    private void render() {
        AllureHtmlGenerator.withDefaults().generate(outDir);
        if (history != null) {
            keepHistory();
        }
    }

    /**
     * Allure 2 writes its history files ({@code history/}) only into a report of several files, not into the
     * single-file report the results folder keeps: a second, multi-file rendering into a scratch folder gives them,
     * for the history folder and next to the report ({@code allure-report/history}).
     */
    private void keepHistory() {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("thingconform-allure-history");
            AllureHtmlGenerator multiFile = new AllureHtmlGenerator(AllureHtmlGenerator.locateHome(),
                    AllureHtmlGenerator.DEFAULT_TIMEOUT, AllureReportLayout.MULTI_FILE);
            multiFile.generate(outDir.resolve(AllureResultsExport.DIR_NAME), scratch.resolve("report"),
                    outDir.resolve("allure-history.log"));
            Path written = scratch.resolve("report").resolve(HistoryFolder.ALLURE_HISTORY);
            history.keepAllureHistory(written);
            HistoryFolder.copyFiles(written, outDir.resolve(AllureHtmlGenerator.REPORT_DIR).resolve(HistoryFolder.ALLURE_HISTORY));
        } catch (IOException e) {
            throw new UncheckedIOException("the Allure history could not be kept: " + e.getMessage(), e);
        } finally {
            FileTrees.deleteScratch(scratch);
        }
    }
}
