package org.thingconform.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The folder {@code run --history DIR} keeps across runs: the verdict history ({@value VerdictHistory#FILE_NAME})
 * and the Allure report's history files ({@value #ALLURE_DIR}/), which Allure 2 reads from
 * {@code allure-results/history} and writes to {@code allure-report/history} (the trend of its last runs).
 */
public record HistoryFolder(Path dir) {

    /** Where the Allure history files are kept. */
    public static final String ALLURE_DIR = "allure-history";
    /** Where Allure reads the history from, inside a results folder, and writes it, inside a report folder. */
    public static final String ALLURE_HISTORY = "history";

    public HistoryFolder {
        dir = dir.toAbsolutePath().normalize();
    }

    public Path verdictHistory() {
        return dir.resolve(VerdictHistory.FILE_NAME);
    }

    public Path allureHistory() {
        return dir.resolve(ALLURE_DIR);
    }

    /** Puts the kept Allure history into {@code allureResults/history}, for the next HTML report to read. */
    public void seedAllureResults(Path allureResults) {
        copyFiles(allureHistory(), allureResults.resolve(ALLURE_HISTORY));
    }

    /** Keeps the history files Allure wrote into {@code reportHistory} (a report's {@code history/}) for the next run. */
    public void keepAllureHistory(Path reportHistory) {
        copyFiles(reportHistory, allureHistory());
    }

    /** Copies the files directly in {@code from} (if it exists) into {@code to}, replacing those of the same name. */
    public static void copyFiles(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("history files could not be copied from " + from + " to " + to + ": "
                    + e.getMessage(), e);
        }
    }
}
