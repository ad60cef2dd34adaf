package org.thingconform.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;
import org.thingconform.platform.DescriptorLoader;
import org.thingconform.platform.DescriptorView;
import org.thingconform.profile.Clause;
import org.thingconform.profile.Profile;
import org.thingconform.report.ReportWriter;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.ClauseVerdicts;
import org.thingconform.result.ProfileFile;
import org.thingconform.result.RunInfo;
import org.thingconform.result.SuiteVersion;
import org.thingconform.result.Verdict;
import org.thingconform.source.BadInputException;
import org.thingconform.waiver.Waiver;
import org.thingconform.waiver.WaiverChecks;
import org.thingconform.waiver.WaiverFile;
import org.thingconform.waiver.Waivers;

/**
 * The ThingConform test engine (id {@value #ID}) on the JUnit Platform: profiles are
 * containers, clauses are tests. It runs the same way from the CLI, from Maven Surefire
 * through a {@code @Suite} class, and from an IDE. Each clause test publishes its
 * verdict and reason as report entries {@value #VERDICT_KEY} and {@value #REASON_KEY} (and a waived
 * FAIL its waiver's reason as {@value #WAIVED_KEY}),
 * and the run's reports are written when {@link EngineConfig#REPORTS_DIR} is set.
 */
public final class ThingConformTestEngine implements TestEngine {

    public static final String ID = "thingconform";
    public static final String VERDICT_KEY = "thingconform.verdict";
    public static final String REASON_KEY = "thingconform.reason";
    /** Report entry of a FAIL that a waiver covers: the waiver's reason (the verdict stays FAIL). */
    public static final String WAIVED_KEY = "thingconform.waived";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "ThingConform");
        EngineConfig config;
        try {
            config = EngineConfig.from(request.getConfigurationParameters());
        } catch (BadInputException e) {
            new ProfileDiscovery(request, engine, ClauseSelection.of(List.of(), List.of()), Map.of(),
                    EngineConfig.DEFAULT_SEED, Instant.now()).reportIssue(e.getMessage());
            return engine;
        }
        new ProfileDiscovery(request, engine, ClauseSelection.of(config.clauses(), config.excludedClauses()),
                ixit(config), config.seed(), config.clock().orElseGet(java.time.Instant::now)).selectBindings(ClauseSelection.of(config.bindings(), List.of())).discover();
        return engine;
    }

    /**
     * The values that override profile parameters: the descriptor's IXIT values (none when it cannot
     * be read yet), then the run's own {@value EngineConfig#PARAMETERS}.
     */
    private static Map<String, com.fasterxml.jackson.databind.JsonNode> ixit(EngineConfig config) {
        Map<String, com.fasterxml.jackson.databind.JsonNode> values = new LinkedHashMap<>();
        try {
            config.platformDescriptor().ifPresent(f -> values.putAll(DescriptorLoader.load(f).ixit()));
        } catch (BadInputException e) {
            // reported when the run starts
        }
        values.putAll(config.parameters());
        return values;
    }

    @Override
    public void execute(ExecutionRequest request) {
        TestDescriptor root = request.getRootTestDescriptor();
        EngineExecutionListener listener = request.getEngineExecutionListener();
        listener.executionStarted(root);
        EngineConfig config;
        RunRecorder recorder;
        Waivers waivers;
        try {
            config = EngineConfig.from(request.getConfigurationParameters());
            waivers = config.waivers().map(WaiverFile::load).orElse(Waivers.NONE);
            recorder = RunRecorder.open(config, testId -> RunInfo.replayOf(config.replay().orElse(null), testId), waivers);
        } catch (BadInputException | org.thingconform.journal.JournalException e) {
            listener.executionFinished(root, TestExecutionResult.failed(new ReportFailure(e.getMessage())));
            return;
        }
        List<ProfileDescriptor> profiles = root.getChildren().stream()
                .filter(ProfileDescriptor.class::isInstance).map(ProfileDescriptor.class::cast).toList();
        Instant start = recorder.startedAt().orElseGet(Instant::now);
        try {
            // the CLI refuses an expired waiver before the run; a run from Surefire or an IDE is refused here
            WaiverChecks.checkCurrent(waivers, java.time.LocalDate.ofInstant(start, java.time.ZoneOffset.UTC));
        } catch (BadInputException e) {
            recorder.close();
            listener.executionFinished(root, TestExecutionResult.failed(new ReportFailure(e.getMessage())));
            return;
        }
        List<ClauseResult> results = new ArrayList<>();
        Map<String, Object> platformView = new LinkedHashMap<>(recorder.earlierPlatform());
        PlatformSession platform = null;
        String notStarted = null;
        IcsAnswers ics = null;
        List<Profile> loaded = profiles.stream().map(ProfileDescriptor::profile).toList();
        try {
            if (recorder.runs() && profiles.stream().anyMatch(p -> !recorder.settled(p) && !p.getChildren().isEmpty())) {
                platform = PlatformSession.open(config, loaded);
                platformView.clear();
                platformView.putAll(DescriptorView.masked(platform.descriptor()));
                ics = IcsAnswers.resolve(loaded, platform.descriptor().ics(), config.icsOverrides(), config.icsDefault(),
                        config.platformDescriptor().isEmpty());
                platformView.putAll(runSettings(ics, config, loaded));
                recorder.platform(platformView);
                if (!ics.missing().isEmpty()) {
                    notStarted = ics.missingMessage();
                }
            }
        } catch (BadInputException | PlatformStartException e) {
            notStarted = e.getMessage();
        }
        Run run = new Run(listener, recorder, platform, ics, notStarted, waivers);
        try {
            for (ProfileDescriptor profile : profiles) {
                listener.executionStarted(profile);
                for (TestDescriptor child : profile.getChildren()) {
                    ClauseDescriptor clause = (ClauseDescriptor) child;
                    results.addAll(clause.isGroup()
                            ? executeGroup(run, profile.profile(), clause)
                            : executeRun(run, profile.profile(), clause));
                }
                listener.executionFinished(profile, TestExecutionResult.successful());
            }
        } finally {
            if (platform != null) {
                platform.close();
            }
        }
        TestExecutionResult rootResult = TestExecutionResult.successful();
        if (config.reportsDir().isPresent()) {
            RunInfo info = new RunInfo(SuiteVersion.get(), start, Instant.now(), platformView, profileFiles(profiles),
                    List.copyOf(config.faults()), config.replay().orElse(null), recorder.resumed(), config.kind());
            try {
                ReportWriter.write(config.reportsDir().get(), info, results, recorder.keepsAllureResults(), waivers);
                if (notStarted == null && results.stream().noneMatch(r -> r.verdict() == Verdict.NOT_RUN)
                        && recorder.runs()) {
                    recorder.completed();
                }
            } catch (RuntimeException e) {
                rootResult = TestExecutionResult.failed(new ReportFailure("reports could not be written to "
                        + config.reportsDir().get() + ": " + e.getMessage()));
            }
        }
        recorder.close();
        if (notStarted != null && rootResult.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            rootResult = TestExecutionResult.failed(new ReportFailure(notStarted));
        }
        listener.executionFinished(root, rootResult);
    }

    /**
     * What every clause of one execution shares: where results go, the platform (null when none
     * was opened), the ICS answers, why the platform is not available (null when it is), the waivers.
     */
    private record Run(EngineExecutionListener listener, RunRecorder recorder, PlatformSession platform,
                       IcsAnswers ics, String notStarted, Waivers waivers) {

        /** A result for a test that has none in the journal and is not run now. */
        ClauseResult notRun(Profile profile, ClauseDescriptor clause) {
            return ClauseRunner.notRun(profile, clause.clause(), Verdict.NOT_RUN, NOT_RUN_REASON);
        }
    }

    /** The reason of a test the run stopped before finishing. */
    public static final String NOT_RUN_REASON = "not run: the run stopped before this test finished; "
            + "'thingconform run --resume DIR' runs it";

    /** A clause over one binding: one test, or the container of its generated cases. */
    private static List<ClauseResult> executeRun(Run run, Profile profile, ClauseDescriptor clause) {
        return clause.getType() == TestDescriptor.Type.CONTAINER
                ? executeCases(run, profile, clause)
                : List.of(executeClause(run, profile, clause));
    }

    /**
     * A clause run over several bindings: each binding is a child (a test or a container
     * of cases); the group reports the worst verdict over its bindings.
     */
    private static List<ClauseResult> executeGroup(Run run, Profile profile, ClauseDescriptor group) {
        run.listener().executionStarted(group);
        List<ClauseResult> results = new ArrayList<>();
        for (TestDescriptor child : group.getChildren()) {
            results.addAll(executeRun(run, profile, (ClauseDescriptor) child));
        }
        if (results.isEmpty()) {
            results.add(ClauseRunner.notRun(profile, group.clause(), Verdict.ERROR,
                    "no binding of the clause was selected; expected at least one"));
        }
        publishVerdict(run.listener(), group, ClauseVerdicts.perClause(results).get(0), run.waivers().ofClause(results));
        run.listener().executionFinished(group, TestExecutionResult.successful());
        return results;
    }

    private static ClauseResult executeClause(Run run, Profile profile, ClauseDescriptor clause) {
        ClauseResult result = run.recorder().earlier(clause).orElse(null);
        if (result == null) {
            result = (!run.recorder().runs() ? run.notRun(profile, clause)
                    : run.notStarted() != null
                    ? ClauseRunner.notRun(profile, clause.clause(), Verdict.ERROR, "platform not available: " + run.notStarted())
                    : decide(run, profile, clause))
                    .over(clause.resultBinding()).withTestId(clause.getUniqueId().toString());
            recordIfRan(run, result);
        }
        report(run, clause, result);
        return result;
    }

    /**
     * The verdict on a clause over one binding against an open platform: NOT_APPLICABLE (run anyway
     * when it observes the ICS item that keeps it from applying), INCONCLUSIVE when an endpoint it
     * needs did not answer the probe, else what its test gives.
     */
    private static ClauseResult decide(Run run, Profile profile, ClauseDescriptor clause) {
        Map<String, Boolean> answers = run.ics().answers();
        java.util.Optional<String> unanswered = run.platform().health().unanswered(profile, clause.clause(), clause.binding());
        java.util.Optional<String> notApplicable = Applicability.notApplicableReason(clause.clause(), clause.binding(), answers);
        if (notApplicable.isPresent()) {
            ClauseResult result = ClauseRunner.notRun(profile, clause.clause(), Verdict.NOT_APPLICABLE, notApplicable.get());
            List<String> observed = IcsObservation.observable(clause.clause(), clause.binding(), answers);
            return observed.isEmpty() || unanswered.isPresent() ? result : IcsObservation.observed(result,
                    ClauseRunner.run(profile, clause.clause(), clause.binding(), run.platform().descriptor())
                            .over(clause.resultBinding()), observed);
        }
        if (unanswered.isPresent()) {
            return ClauseRunner.notRun(profile, clause.clause(), Verdict.INCONCLUSIVE, unanswered.get());
        }
        return IcsObservation.checked(ClauseRunner.run(profile, clause.clause(), clause.binding(),
                run.platform().descriptor()).over(clause.resultBinding()), clause.clause(), clause.binding(), answers);
    }

    /** Journals a result this execution decided, unless nothing ran (not run, or no platform: a resume retries it). */
    private static void recordIfRan(Run run, ClauseResult result) {
        if (run.recorder().runs() && run.notStarted() == null) {
            run.recorder().record(result);
        }
    }

    /** A generated clause: each case is a test; the clause container reports the worst verdict of its cases. */
    private static List<ClauseResult> executeCases(Run run, Profile profile, ClauseDescriptor clause) {
        EngineExecutionListener listener = run.listener();
        ClauseResult whole = run.recorder().earlier(clause).orElse(null);
        if (whole == null && run.recorder().runs() && run.notStarted() == null) {
            whole = Applicability.notApplicableReason(clause.clause(), clause.binding(), run.ics().answers())
                    .map(reason -> ClauseRunner.notRun(profile, clause.clause(), Verdict.NOT_APPLICABLE, reason)
                            .over(clause.resultBinding()).withTestId(clause.getUniqueId().toString()))
                    .orElse(null);
            if (whole != null) {
                run.recorder().record(whole);
            }
        }
        if (whole != null && whole.verdict() == Verdict.NOT_APPLICABLE) {
            listener.executionSkipped(clause, whole.reason());
            return List.of(whole);
        }
        listener.executionStarted(clause);
        List<ClauseResult> results = new ArrayList<>();
        String unanswered = !run.recorder().runs() || run.notStarted() != null ? null
                : run.platform().health().unanswered(profile, clause.clause(), clause.binding()).orElse(null);
        DevicePool pool = null;
        try {
            for (TestDescriptor child : clause.getChildren()) {
                GeneratedCase generated = ((CaseDescriptor) child).generatedCase();
                ClauseResult result = run.recorder().earlier(child).orElse(null);
                if (result == null) {
                    if (!run.recorder().runs()) {
                        result = ClauseRunner.notRun(profile, clause.clause(), generated, Verdict.NOT_RUN, NOT_RUN_REASON)
                                .over(clause.resultBinding());
                    } else if (run.notStarted() != null) {
                        result = ClauseRunner.notRun(profile, clause.clause(), generated, Verdict.ERROR,
                                "platform not available: " + run.notStarted()).over(clause.resultBinding());
                    } else if (unanswered != null) {
                        result = ClauseRunner.notRun(profile, clause.clause(), generated, Verdict.INCONCLUSIVE, unanswered)
                                .over(clause.resultBinding());
                    } else {
                        pool = pool != null ? pool : new DevicePool(profile, clause.binding(), run.platform().descriptor());
                        result = ClauseRunner.runCase(profile, clause.clause(), clause.binding(), generated,
                                run.platform().descriptor(), pool);
                    }
                    result = result.withTestId(child.getUniqueId().toString());
                    recordIfRan(run, result);
                }
                results.add(result);
                report(run, child, result);
            }
        } finally {
            if (pool != null) {
                pool.close();
            }
        }
        if (results.isEmpty()) {
            ClauseResult none = whole != null ? whole : ClauseRunner.notRun(profile, clause.clause(), Verdict.ERROR,
                    "the generate section selects no case for this thing model; expected at least one")
                    .over(clause.resultBinding()).withTestId(clause.getUniqueId().toString());
            if (whole == null) {
                recordIfRan(run, none);
            }
            results.add(none);
            publishVerdict(listener, clause, none, run.waivers().ofClause(List.of(none)));
        } else {
            publishVerdict(listener, clause, ClauseVerdicts.perClause(results).get(0), run.waivers().ofClause(results));
        }
        listener.executionFinished(clause, TestExecutionResult.successful());
        return results;
    }

    /** What the manifest records besides the descriptor: ICS answers used, defaults, parameters (IXIT). */
    private static Map<String, Object> runSettings(IcsAnswers ics, EngineConfig config, List<Profile> profiles) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("icsAnswersUsed", new java.util.TreeMap<>(ics.answers()));
        settings.put("icsOverrides", new java.util.TreeMap<>(config.icsOverrides()));
        settings.put("icsDefault", config.icsDefault().map(b -> b ? "yes" : "no").orElse("none (fail closed)"));
        settings.put("icsDefaulted", ics.defaulted().stream().sorted().toList());
        settings.put("seed", config.seed());
        Map<String, Object> parameters = new java.util.TreeMap<>();
        profiles.forEach(p -> {
            Map<String, Object> values = new java.util.TreeMap<>();
            p.parameters().forEach((name, value) -> values.put(name, value.isValueNode() ? value.asText() : value.toString()));
            parameters.put(p.id(), values);
        });
        settings.put("profileParameters", parameters);
        return settings;
    }

    private static void publishVerdict(EngineExecutionListener listener, TestDescriptor test, ClauseResult result,
                                       Optional<Waiver> waiver) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put(VERDICT_KEY, result.verdict().name());
        if (result.reason() != null && !result.reason().isBlank()) {
            entry.put(REASON_KEY, result.reason());
        }
        waiver.ifPresent(w -> entry.put(WAIVED_KEY, w.reason()));
        listener.reportingEntryPublished(test, ReportEntry.from(entry));
    }

    private static void report(Run run, TestDescriptor clause, ClauseResult result) {
        EngineExecutionListener listener = run.listener();
        if (result.verdict() == Verdict.NOT_APPLICABLE) {
            listener.executionSkipped(clause, result.reason());
            return;
        }
        listener.executionStarted(clause);
        publishVerdict(listener, clause, result, run.waivers().of(result));
        listener.executionFinished(clause, switch (result.verdict()) {
            case PASS, NOT_APPLICABLE -> TestExecutionResult.successful();
            case FAIL -> TestExecutionResult.failed(new AssertionFailedError(result.reason()));
            case INCONCLUSIVE -> TestExecutionResult.aborted(new TestAbortedException("INCONCLUSIVE: " + result.reason()));
            case NOT_RUN -> TestExecutionResult.aborted(new TestAbortedException("NOT_RUN: " + result.reason()));
            case ERROR -> TestExecutionResult.failed(new ClauseError(result.reason()));
        });
    }

    private static List<ProfileFile> profileFiles(List<ProfileDescriptor> profiles) {
        return profiles.stream().map(ProfileDescriptor::profile).map(ThingConformTestEngine::profileFile).toList();
    }

    /** How reports name a profile file: its id, its path as the unique ids show it, and its hash. */
    public static ProfileFile profileFile(Profile profile) {
        return new ProfileFile(profile.id(), ProfileDiscovery.key(profile.file()), profile.sha256());
    }

    /** The suite could not decide a clause: its setup or the suite itself broke. */
    static final class ClauseError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ClauseError(String message) {
            super(message, null, false, false);
        }
    }

    /** The run as a whole went wrong (platform missing, reports unwritable). */
    static final class ReportFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReportFailure(String message) {
            super(message, null, false, false);
        }
    }
}
