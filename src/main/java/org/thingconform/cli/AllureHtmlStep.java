package org.thingconform.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.thingconform.engine.ThingConformTestEngine;
import org.thingconform.report.AllureHtmlGenerator;

/**
 * Renders a run's Allure HTML report as soon as the engine says its reports are written
 * ({@link ThingConformTestEngine#REPORTS_WRITTEN_KEY}), on a thread of its own, while the platform
 * under test is still stopping; {@link #await} renders it then if the engine never said so.
 */
final class AllureHtmlStep implements TestExecutionListener {

    private final Path outDir;
    private volatile CompletableFuture<Void> rendering;

    AllureHtmlStep(Path outDir) {
        this.outDir = outDir;
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
    }
}
