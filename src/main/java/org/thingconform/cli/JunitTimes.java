package org.thingconform.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.thingconform.journal.JournalContent;
import org.thingconform.journal.RunJournal;
import org.thingconform.report.JunitXmlTimes;
import org.thingconform.report.ReportWriteException;
import org.thingconform.result.ClauseResult;

/**
 * After a run, gives the JUnit XML report each test's own duration from the run journal
 * ({@link JunitXmlTimes}); a report whose times cannot be set keeps JUnit's, with a warning.
 */
final class JunitTimes {

    private JunitTimes() {
    }

    static void apply(Path outDir) {
        Path journal = outDir.resolve(RunJournal.FILE_NAME);
        if (!Files.isRegularFile(journal)) {
            return;
        }
        Map<String, Duration> durations = new LinkedHashMap<>();
        for (ClauseResult result : JournalContent.read(journal).results().values()) {
            if (result.testId() != null && result.start() != null && result.stop() != null) {
                durations.put(result.testId(), Duration.between(result.start(), result.stop()));
            }
        }
        try {
            JunitXmlTimes.apply(outDir.resolve("junit"), durations);
        } catch (ReportWriteException e) {
            System.err.println("warning: " + e.getMessage() + "; the JUnit XML keeps JUnit's own times");
        }
    }
}
