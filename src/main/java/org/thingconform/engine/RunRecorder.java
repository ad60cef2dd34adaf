package org.thingconform.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.platform.engine.TestDescriptor;
import org.thingconform.journal.JournalContent;
import org.thingconform.journal.RunJournal;
import org.thingconform.report.AllureResultsExport;
import org.thingconform.result.ClauseResult;
import org.thingconform.waiver.Waivers;

/**
 * Where each test's result goes the moment it finishes, and which results a journal already
 * holds. A finished result is appended to the run journal (forced to disk) and written as its
 * Allure result, so a run killed at any moment keeps every verdict it printed. In
 * {@link EngineConfig.JournalMode#RESUME} and {@link EngineConfig.JournalMode#RENDER} the
 * journal's results stand for their tests instead of running them. Thread-safe, so tests may
 * finish on several threads.
 */
final class RunRecorder implements AutoCloseable {

    private final EngineConfig.JournalMode mode;
    private final JournalContent earlier;
    private final RunJournal journal;
    private final AllureResultsExport allure;
    private volatile boolean streamed;

    private RunRecorder(EngineConfig.JournalMode mode, JournalContent earlier, RunJournal journal,
                        AllureResultsExport allure) {
        this.mode = mode;
        this.earlier = earlier;
        this.journal = journal;
        this.allure = allure;
    }

    /**
     * The recorder {@code config} asks for: journal and Allure stream where set (waived FAILs marked
     * as {@code waivers} says), the journal's results when resuming.
     */
    static RunRecorder open(EngineConfig config, UnaryOperator<String> replay, Waivers waivers) {
        EngineConfig.JournalMode mode = config.journalMode();
        JournalContent earlier = null;
        if (mode != EngineConfig.JournalMode.RUN) {
            Path file = config.journal().orElseThrow(() -> new org.thingconform.source.BadInputException(
                    "error: " + EngineConfig.JOURNAL_MODE + " " + mode + " needs " + EngineConfig.JOURNAL));
            earlier = Files.isRegularFile(file) ? JournalContent.read(file) : null;
        }
        RunJournal journal = mode == EngineConfig.JournalMode.RENDER ? null
                : config.journal().map(RunJournal::append).orElse(null);
        AllureResultsExport allure = config.reportsDir()
                .map(dir -> new AllureResultsExport(dir.resolve(AllureResultsExport.DIR_NAME),
                        mode == EngineConfig.JournalMode.RUN, replay, waivers))
                .orElse(null);
        return new RunRecorder(mode, earlier, journal, allure);
    }

    /** Whether tests without a result are run (else they are reported NOT_RUN). */
    boolean runs() {
        return mode != EngineConfig.JournalMode.RENDER;
    }

    /** The result the journal holds for {@code test}, or for the container it was decided with. */
    Optional<ClauseResult> earlier(TestDescriptor test) {
        if (earlier == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(earlier.results().get(test.getUniqueId().toString()));
    }

    /** Whether {@code test} and every test below it already have a result in the journal. */
    boolean settled(TestDescriptor test) {
        if (earlier(test).isPresent()) {
            return true;
        }
        return !test.getChildren().isEmpty() && test.getChildren().stream().allMatch(this::settled);
    }

    /** Records a finished test: the journal line, then its Allure result. */
    void record(ClauseResult result) {
        if (journal != null) {
            journal.result(result);
        }
        if (allure != null) {
            allure.write(result);
            streamed = true;
        }
    }

    /**
     * Whether the Allure results already in the folder belong to this run: some were streamed
     * by it, or it continues a journal's run. Else the reports start from an empty folder.
     */
    boolean keepsAllureResults() {
        return streamed || mode != EngineConfig.JournalMode.RUN;
    }

    /** Records the platform this run opened, as the manifest shows it. */
    void platform(Map<String, Object> view) {
        if (journal != null) {
            journal.platform(view);
        }
    }

    /** The platform the journal recorded, for a run that opens none (empty when unknown). */
    Map<String, Object> earlierPlatform() {
        return earlier == null ? Map.of() : earlier.platform();
    }

    /** When the journal's run started, if there is one. */
    Optional<Instant> startedAt() {
        return earlier == null ? Optional.empty() : Optional.of(earlier.request().startedAt());
    }

    /** The shards the journal's run was merged from ({@code thingconform merge}); empty for any other run. */
    List<org.thingconform.shard.ShardOrigin> shards() {
        return earlier == null ? List.of() : earlier.shards();
    }

    /** When the journal's run was resumed, oldest first. */
    List<Instant> resumed() {
        return earlier == null ? List.of() : earlier.resumed();
    }

    /** Marks the journal complete: every selected test has a result and the reports are written. */
    void completed() {
        if (journal != null) {
            journal.completed();
        }
    }

    @Override
    public void close() {
        if (journal != null) {
            journal.close();
        }
    }
}
