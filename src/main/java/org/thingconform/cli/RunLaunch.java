package org.thingconform.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;
import org.thingconform.engine.EngineConfig;
import org.thingconform.engine.ThingConformTestEngine;
import org.thingconform.evidence.EvidencePlan;
import org.thingconform.history.HistoryFolder;
import org.thingconform.journal.RunJournal;
import org.thingconform.journal.RunRequest;
import org.thingconform.result.RunKind;

/**
 * Runs a {@link RunRequest} through the JUnit Platform Launcher into a results folder (a new
 * run, a resume or a rendering of the journal), prints a verdict per clause, renders the Allure
 * HTML report and decides the exit code. The JUnit Open Test Reporting event stream is switched
 * on, so {@code events/} holds every test start and finish as it happened.
 */
final class RunLaunch {

    /** Where the Open Test Reporting event files of each attempt go, below the results folder. */
    static final String EVENTS_DIR = "events";

    private RunLaunch() {
    }

    /** The engine configuration parameters a request stands for. */
    static Map<String, String> configuration(RunRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(EngineConfig.FAULTS, String.join(",", request.faults()));
        parameters.put(EngineConfig.REFERENCE_TLS, String.valueOf(request.referenceTls()));
        parameters.put(EngineConfig.CLAUSES, String.join(",", request.clauses()));
        parameters.put(EngineConfig.EXCLUDE_CLAUSES, String.join(",", request.excludedClauses()));
        parameters.put(EngineConfig.BINDINGS, String.join(",", request.bindings()));
        parameters.put(EngineConfig.PARAMETERS, ParameterSettings.joined(request.params()));
        parameters.put(EngineConfig.ICS, String.join(",", request.ics()));
        if (request.icsDefault() != null) {
            parameters.put(EngineConfig.ICS_DEFAULT, request.icsDefault());
        }
        parameters.put(EngineConfig.SEED, String.valueOf(request.seed()));
        parameters.put(EngineConfig.CLOCK, request.clock().toString());
        parameters.put(EngineConfig.RUN_KIND, RunKind.of(request.certify(), request.allowDraft()).name());
        parameters.put(EngineConfig.CONFIRM, String.valueOf(request.confirm()));
        if (request.platform() != null) {
            parameters.put(EngineConfig.PLATFORM, request.platform());
        }
        if (request.waivers() != null) {
            parameters.put(EngineConfig.WAIVERS, request.waivers());
        }
        if (request.shard() != null) {
            parameters.put(EngineConfig.SHARD, request.shard().label());
        }
        return parameters;
    }

    /**
     * Runs {@code request} into {@code outDir} the way {@code mode} says, writes its evidence (packed
     * and signed as {@code evidence} says) and returns the exit code; {@link ExitCode#BAD_INPUT} when
     * the selection matches no test.
     */
    static int execute(RunRequest request, Path outDir, EngineConfig.JournalMode mode, PrintStream stdout,
                       EvidencePlan evidence) {
        return execute(request, outDir, mode, stdout, evidence, null);
    }

    /**
     * Runs (or renders) {@code request}; {@code jobs} is how many tests may run side by side (null: the
     * engine's default). It is how the run is carried out, not what it asks, so the journal does not
     * keep it and a resume may choose again: the verdicts are the same.
     */
    static int execute(RunRequest request, Path outDir, EngineConfig.JournalMode mode, PrintStream stdout,
                       EvidencePlan evidence, Integer jobs) {
        return execute(request, outDir, mode, stdout, evidence, jobs, null);
    }

    /**
     * As {@link #execute(RunRequest, Path, EngineConfig.JournalMode, PrintStream, EvidencePlan, Integer)}, keeping the
     * last runs in {@code history} (null: none): the clause matrix shows them, the Allure report's Trend too.
     */
    static int execute(RunRequest request, Path outDir, EngineConfig.JournalMode mode, PrintStream stdout,
                       EvidencePlan evidence, Integer jobs, HistoryFolder history) {
        EvidenceStep.prepare();
        Map<String, String> parameters = configuration(request);
        if (history != null) {
            parameters.put(EngineConfig.HISTORY, history.dir().toString());
        }
        if (jobs != null) {
            parameters.put(EngineConfig.JOBS, String.valueOf(jobs));
        }
        parameters.put(EngineConfig.REPORTS_DIR, outDir.toString());
        parameters.put(EngineConfig.JOURNAL, outDir.resolve(RunJournal.FILE_NAME).toString());
        parameters.put(EngineConfig.JOURNAL_MODE, mode.name());
        parameters.put(EngineConfig.REPLAY, request.command(Path.of("")));
        parameters.put("junit.platform.reporting.open.xml.enabled", "true");
        parameters.put("junit.platform.reporting.output.dir", outDir.resolve(EVENTS_DIR)
                .resolve(DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now())
                        + "-" + mode.name().toLowerCase(java.util.Locale.ROOT)).toString());
        LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors(request))
                .configurationParameters(parameters)
                .filters(EngineFilter.includeEngines(ThingConformTestEngine.ID));
        List<String> levels = RunInputs.levelTags(request);
        List<String> tagExpressions = new ArrayList<>(request.tags());
        tagExpressions.addAll(levels);
        if (!request.tags().isEmpty() && !levels.isEmpty()) {
            tagExpressions = List.of("(" + String.join(" | ", request.tags()) + ") & (" + String.join(" | ", levels) + ")");
        }
        if (!tagExpressions.isEmpty()) {
            builder.filters(TagFilter.includeTags(tagExpressions));
        }
        LauncherDiscoveryRequest discovery = builder.build();
        Launcher launcher = LauncherFactory.create();
        TestPlan plan = launcher.discover(discovery);
        if (plan.countTestIdentifiers(t -> t.isTest()) == 0 && request.shard() != null) {
            System.err.println("error: shard " + request.shard().label() + " has no test: the selection has fewer tests "
                    + "than shards; expected at most as many shards as selected tests (or a wider selection)");
            return ExitCode.BAD_INPUT;
        }
        if (plan.countTestIdentifiers(t -> t.isTest()) == 0) {
            System.err.println("error: the selection matches no clause; expected at least one clause to run"
                    + (request.cases().isEmpty() ? "" : " (a --case id names a test of the selected profiles, "
                    + "as a report prints it, with the seed and parameters of the run that printed it)"));
            return ExitCode.BAD_INPUT;
        }
        VerdictPrinter printer = new VerdictPrinter(stdout);
        PrintWriter xmlLog = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        AllureHtmlStep html = new AllureHtmlStep(outDir, history);
        launcher.execute(discovery, printer, html, new LegacyXmlReportGeneratingListener(outDir.resolve("junit"), xmlLog));
        JunitTimes.apply(outDir);

        int exit = printer.exitCode();
        Optional<String> notRendered = html.await();
        if (notRendered.isPresent()) {
            System.err.println("error: Allure HTML report not generated: " + notRendered.get());
            exit = exit == ExitCode.CONFORMANT || exit == ExitCode.WAIVED ? ExitCode.UNDECIDED : exit;
        }
        stdout.println(printer.summary() + " — " + RunKind.of(request.certify(), request.allowDraft()).label());
        if (request.shard() != null) {
            stdout.println("shard " + request.shard().label() + ": these are the verdicts of this shard's tests only; "
                    + "'thingconform merge' combines the " + request.shard().count() + " shards' folders into the run's reports");
        }
        printer.firstReplayable().ifPresent(id -> stdout.println("replay the first test not passed: "
                + org.thingconform.result.RunInfo.replayOf(request.command(Path.of("")), id)));
        stdout.println("reports: " + outDir + " (clause-matrix.html, allure-report/index.html, junit/, run-manifest.json, "
                + RunJournal.FILE_NAME + ")");
        if (!EvidenceStep.write(request, outDir, evidence, stdout)) {
            exit = exit == ExitCode.CONFORMANT || exit == ExitCode.WAIVED ? ExitCode.UNDECIDED : exit;
        }
        stdout.println("exit " + exit + switch (exit) {
            case ExitCode.CONFORMANT -> ": every applicable clause passed";
            case ExitCode.FAIL -> ": at least one clause failed";
            case ExitCode.WAIVED -> ": every failure is waived";
            default -> ": some clauses could not be decided";
        });
        return exit;
    }

    /** The tests the request names by id, else its profile files. */
    private static List<DiscoverySelector> selectors(RunRequest request) {
        if (!request.cases().isEmpty()) {
            return request.cases().stream().<DiscoverySelector>map(DiscoverySelectors::selectUniqueId).toList();
        }
        return request.profiles().stream().<DiscoverySelector>map(f -> DiscoverySelectors.selectFile(f)).toList();
    }
}
