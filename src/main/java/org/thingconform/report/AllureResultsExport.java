package org.thingconform.report;

import io.qameta.allure.AllureResultsWriteException;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Attachment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.thingconform.measure.FleetReport;
import org.thingconform.measure.FleetTrace;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.RunInfo;
import org.thingconform.trace.TraceEntry;
import org.thingconform.waiver.Waivers;

/**
 * Writes an {@code allure-results} folder with Allure's own Java API: one result per clause
 * with its message trace attached (as text and as JSON), plus {@code environment.properties}
 * and {@code categories.json}. Used test by test while a run goes on, so the results of a run
 * that later breaks are kept; a result written again (same test) replaces its files.
 */
public final class AllureResultsExport {

    /** The folder name inside a results folder. */
    public static final String DIR_NAME = "allure-results";
    static final String TRACE_TEXT = "Message trace";
    static final String TRACE_JSON = "Message trace (JSON)";

    private final Path dir;
    private final FileSystemResultsWriter writer;
    private final UnaryOperator<String> replay;
    private final Waivers waivers;

    /**
     * An export into {@code dir}. Results already in it are removed before the first write,
     * since a stale result of an earlier run would show as a retry of this run's clause.
     */
    public AllureResultsExport(Path dir) {
        this(dir, true, null);
    }

    /**
     * An export into {@code dir}; with {@code clean}, results already in it are removed before
     * the first write (a new run), else kept (a resumed run adds to them). {@code replay} maps a
     * test id to the command replaying it (null: none).
     */
    public AllureResultsExport(Path dir, boolean clean, UnaryOperator<String> replay) {
        this(dir, clean, replay, Waivers.NONE);
    }

    /** As {@link #AllureResultsExport(Path, boolean, UnaryOperator)}, each FAIL {@code waivers} covers marked waived. */
    public AllureResultsExport(Path dir, boolean clean, UnaryOperator<String> replay, Waivers waivers) {
        this.dir = dir;
        this.writer = new FileSystemResultsWriter(dir, clean, true);
        this.replay = replay;
        this.waivers = waivers;
    }

    public Path dir() {
        return dir;
    }

    /** Writes the result of one clause and its trace attachments. */
    public void write(ClauseResult result) {
        List<Attachment> attachments = new ArrayList<>();
        if (!result.trace().isEmpty()) {
            String text = result.trace().stream().map(TraceEntry::toLine).collect(Collectors.joining("\n", "", "\n"));
            String uuid = AllureResultFactory.uuid(result).toString();
            attachments.add(attach(uuid + "-trace", TRACE_TEXT, "text/plain", ".txt", text.getBytes(StandardCharsets.UTF_8)));
            attachments.add(attach(uuid + "-trace", TRACE_JSON, "application/json", ".json",
                    ReportJson.bytes(result.trace())));
            int n = 0;
            for (Map.Entry<String, FleetReport> fleet : FleetTrace.read(result.trace()).entrySet()) {
                n++;
                attachments.add(attach(uuid + "-fleet" + n + "-latency", "fleet latency histogram (" + fleet.getKey() + ")",
                        "image/svg+xml", ".svg", FleetCharts.latencyHistogram(fleet.getValue()).getBytes(StandardCharsets.UTF_8)));
                attachments.add(attach(uuid + "-fleet" + n + "-series", "fleet time series (" + fleet.getKey() + ")",
                        "image/svg+xml", ".svg", FleetCharts.timeSeries(fleet.getValue()).getBytes(StandardCharsets.UTF_8)));
            }
        }
        String clause = result.clause().profile() + "/" + result.clause().clauseId();
        try {
            writer.write(AllureResultFactory.create(result, attachments,
                    replay == null ? null : replay.apply(result.testId()), waivers.of(result).orElse(null)));
        } catch (AllureResultsWriteException e) {
            throw failure("the Allure result of " + clause, e);
        }
    }

    /** Whether the result of {@code result}'s test is in the folder already. */
    public boolean has(ClauseResult result) {
        return java.nio.file.Files.isRegularFile(dir.resolve(AllureResultFactory.uuid(result) + "-result.json"));
    }

    /** Writes {@code environment.properties} (suite, platform, faults, Java, OS) and {@code categories.json}. */
    public void writeRunFiles(RunInfo run) {
        Properties environment = new Properties();
        environment.setProperty("ThingConform.version", String.valueOf(run.suiteVersion()));
        environment.setProperty("Platform", RunFacts.platformName(run));
        environment.setProperty("Faults", RunFacts.faults(run));
        environment.setProperty("Certification", run.kind().label());
        run.coverage().forEach(c -> environment.setProperty("Coverage " + c.standard() + " " + c.edition(), c.line()));
        environment.setProperty("Java", System.getProperty("java.version"));
        environment.setProperty("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            environment.store(bytes, "ThingConform run environment");
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        writeFile("environment.properties", bytes.toByteArray());
        writeFile(AllureCategories.FILE_NAME, ReportJson.bytes(AllureCategories.definitions()));
    }

    private Attachment attach(String prefix, String name, String type, String extension, byte[] content) {
        String source = prefix + "-attachment" + extension;
        writeFile(source, content);
        return new Attachment().setName(name).setType(type).setSource(source).setSize((long) content.length);
    }

    private void writeFile(String name, byte[] content) {
        try {
            // a result written again (a resumed or rendered run) replaces its files; Allure's writer would refuse
            java.nio.file.Files.deleteIfExists(dir.resolve(name));
        } catch (IOException e) {
            throw new ReportWriteException("cannot replace " + name + " in " + dir + ": " + e, e);
        }
        try {
            writer.write(name, new ByteArrayInputStream(content));
        } catch (AllureResultsWriteException e) {
            throw failure(name, e);
        }
    }

    private ReportWriteException failure(String what, AllureResultsWriteException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return new ReportWriteException("cannot write " + what + " in " + dir + ": " + cause, e);
    }
}
