package org.thingconform.report;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.thingconform.process.ChildJvm;

/**
 * Turns an {@code allure-results} folder into an HTML report offline, by running the Allure
 * command-line distribution that the Maven build unpacks (no download, no Node, no network)
 * with a bounded wait: inside this JVM ({@link AllureInProcess}), and when that fails, again in a
 * child JVM whose output goes to a log file, not the console.
 */
public final class AllureHtmlGenerator {

    /** System property naming the Allure distribution folder (set by Surefire and the launcher script). */
    public static final String HOME_PROPERTY = "thingconform.allure.home";
    /** System property naming the project folder, whose {@code target/} holds the unpacked distribution. */
    public static final String PROJECT_DIR_PROPERTY = "thingconform.project.dir";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(180);
    /** Default folder and log names inside a results folder. */
    public static final String REPORT_DIR = "allure-report";
    public static final String LOG_FILE = "allure-generate.log";

    private static final String MAIN_CLASS = "io.qameta.allure.CommandLine";
    private static final Duration DESTROY_GRACE = Duration.ofSeconds(10);

    private final Path home;
    private final Duration timeout;
    private final AllureReportLayout layout;

    public AllureHtmlGenerator(Path home, Duration timeout, AllureReportLayout layout) {
        this.home = home.toAbsolutePath().normalize();
        this.timeout = timeout;
        this.layout = layout;
    }

    /** A generator using {@link #locateHome()}, {@link #DEFAULT_TIMEOUT} and a single-file report. */
    public static AllureHtmlGenerator withDefaults() {
        return new AllureHtmlGenerator(locateHome(), DEFAULT_TIMEOUT, AllureReportLayout.SINGLE_FILE);
    }

    /**
     * Where the distribution should be: the {@value #HOME_PROPERTY} property, else, under the
     * {@value #PROJECT_DIR_PROPERTY} property or the working directory, {@code target/allure-<version>}
     * (a source checkout, where the build unpacks it) or {@code allure-<version>} (the root of an unpacked
     * ThingConform distribution, whose {@code bin/thingconform} sets that property to its root). Not checked
     * here; {@link #generate} says clearly when it is missing.
     */
    public static Path locateHome() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            return Paths.get(home);
        }
        String project = System.getProperty(PROJECT_DIR_PROPERTY);
        Path base = project == null || project.isBlank() ? Paths.get("") : Paths.get(project);
        Path built = base.resolve("target").resolve(distributionName());
        Path distributed = base.resolve(distributionName());
        return !Files.isDirectory(built) && Files.isDirectory(distributed) ? distributed : built;
    }

    public Path home() {
        return home;
    }

    /**
     * Generates {@code outDir/allure-report} from {@code outDir/allure-results}, logging to
     * {@code outDir/allure-generate.log}; returns the report's {@code index.html}.
     */
    public Path generate(Path outDir) {
        return generate(outDir.resolve(AllureResultsExport.DIR_NAME), outDir.resolve(REPORT_DIR),
                outDir.resolve(LOG_FILE));
    }

    /**
     * Generates the report into {@code reportDir}, replacing what is there, and returns its
     * {@code index.html}.
     *
     * @throws AllureGenerationException when the distribution or the results are missing, or
     *                                   the generator fails or outlives the timeout
     */
    public Path generate(Path resultsDir, Path reportDir, Path logFile) {
        checkDistribution();
        Path results = resultsDir.toAbsolutePath().normalize();
        Path report = reportDir.toAbsolutePath().normalize();
        Path log = logFile.toAbsolutePath().normalize();
        if (!Files.isDirectory(results)) {
            throw new AllureGenerationException("Allure HTML report not generated: no Allure results folder at "
                    + results);
        }
        if (results.startsWith(report) || log.startsWith(report)) {
            throw new AllureGenerationException("Allure HTML report not generated: the report folder " + report
                    + " would be emptied but contains the results or the log; choose another folder");
        }
        if (generatedInProcess(results, report, log)) {
            return checkedIndex(report, log);
        }
        int exit = run(command(results, report), log);
        if (exit != 0) {
            throw new AllureGenerationException("Allure HTML report generation failed (exit code " + exit
                    + "); see " + log);
        }
        return checkedIndex(report, log);
    }

    /**
     * Loads Allure into this JVM and compiles it on a background thread, once per JVM, so that the
     * report at the end of a run starts warm. Does nothing when the distribution is missing.
     */
    public void warmUp() {
        if (distributionPresent()) {
            AllureInProcess.of(home).warmUpInBackground();
        }
    }

    private boolean generatedInProcess(Path results, Path report, Path log) {
        Optional<Integer> exit = AllureInProcess.of(home).generate(arguments(results, report), timeout);
        if (exit.isEmpty() || exit.get() != 0 || !Files.isRegularFile(report.resolve("index.html"))) {
            return false;
        }
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "Report successfully generated to " + report + " (" + distributionName()
                    + ", in the ThingConform JVM)" + System.lineSeparator());
        } catch (IOException e) {
            throw new AllureGenerationException("Allure HTML report generated, but its log " + log
                    + " could not be written: " + e.getMessage(), e);
        }
        return true;
    }

    private static Path checkedIndex(Path report, Path log) {
        Path index = report.resolve("index.html");
        if (!Files.isRegularFile(index)) {
            throw new AllureGenerationException("Allure HTML report generation wrote no " + index + "; see " + log);
        }
        return index;
    }

    private boolean distributionPresent() {
        Path lib = home.resolve("lib");
        try (Stream<Path> jars = Files.isDirectory(lib) ? Files.list(lib) : Stream.empty()) {
            return jars.anyMatch(jar -> jar.getFileName().toString().startsWith("allure-commandline"));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private void checkDistribution() {
        if (!distributionPresent()) {
            throw new AllureGenerationException("Allure command-line distribution not found at " + home
                    + "; run `mvn package` (it unpacks it to target/" + distributionName() + ") or set -D"
                    + HOME_PROPERTY + "=<folder>");
        }
    }

    private List<String> command(Path results, Path report) {
        String classPath = home.resolve("lib") + File.separator + "*" + File.pathSeparator
                + home.resolve("lib").resolve("config");
        List<String> command = new ArrayList<>(ChildJvm.command(classPath));
        command.addAll(List.of("-Djava.awt.headless=true", MAIN_CLASS));
        command.addAll(arguments(results, report));
        return command;
    }

    private List<String> arguments(Path results, Path report) {
        List<String> arguments = new ArrayList<>(List.of("generate", "--clean"));
        if (layout == AllureReportLayout.SINGLE_FILE) {
            arguments.add("--single-file");
        }
        arguments.addAll(List.of("--name", "ThingConform", "-o", report.toString(), results.toString()));
        return arguments;
    }

    private int run(List<String> command, Path log) {
        Process process;
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(log.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            // The distribution reads its config and plugins (behaviors: epic/feature/story) from APP_HOME.
            builder.environment().put("APP_HOME", home.toString());
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new AllureGenerationException("Allure HTML report generation could not start "
                    + command.get(0) + ": " + e.getMessage(), e);
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(process);
                throw new AllureGenerationException("Allure HTML report generation timed out after "
                        + timeout.toSeconds() + " s and was stopped; see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            throw new AllureGenerationException("Allure HTML report generation was interrupted; see " + log, e);
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(DESTROY_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** {@code allure-<version>}, the version coming from the build (pom property). */
    static String distributionName() {
        Properties properties = new Properties();
        try (InputStream in = AllureHtmlGenerator.class.getResourceAsStream("allure-commandline.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // fall through to the default
        }
        return properties.getProperty("home.name", "allure-2.34.1");
    }
}
