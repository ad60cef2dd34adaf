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
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.thingconform.platform.DescriptorLoader;
import org.thingconform.platform.DescriptorView;
import org.thingconform.profile.Profile;
import org.thingconform.report.ReportWriter;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.ProfileFile;
import org.thingconform.result.RunInfo;
import org.thingconform.result.SuiteVersion;
import org.thingconform.result.Verdict;
import org.thingconform.shard.ShardSpec;
import org.thingconform.source.BadInputException;
import org.thingconform.waiver.WaiverChecks;
import org.thingconform.waiver.WaiverFile;
import org.thingconform.waiver.Waivers;

/**
 * The ThingConform test engine (id {@value #ID}) on the JUnit Platform: profiles are
 * containers, clauses are tests. It runs the same way from the CLI, from Maven Surefire
 * through a {@code @Suite} class, and from an IDE. Each clause test publishes its
 * verdict and reason as report entries {@value #VERDICT_KEY} and {@value #REASON_KEY} (and a waived
 * FAIL its waiver's reason as {@value #WAIVED_KEY}, a confirmed verdict its tries as {@value #TRIES_KEY}
 * and {@value #AGREED_KEY}),
 * and the run's reports are written when {@link EngineConfig#REPORTS_DIR} is set.
 */
public final class ThingConformTestEngine implements TestEngine {

    public static final String ID = "thingconform";
    public static final String VERDICT_KEY = "thingconform.verdict";
    public static final String REASON_KEY = "thingconform.reason";
    /** Report entry of a FAIL that a waiver covers: the waiver's reason (the verdict stays FAIL). */
    public static final String WAIVED_KEY = "thingconform.waived";
    /** Report entry of a confirmed verdict ({@code run --confirm}): how many times its test ran. */
    public static final String TRIES_KEY = "thingconform.tries";
    /** Report entry of a confirmed verdict: how many of its tries gave the verdict. */
    public static final String AGREED_KEY = "thingconform.agreed";
    /**
     * Report entry key the engine publishes on its root once the reports are written, with their folder as
     * value, while the platform may still be stopping: a listener can start work on them (the CLI renders
     * the Allure HTML) instead of waiting for the run to end.
     */
    public static final String REPORTS_WRITTEN_KEY = "thingconform.reportsWritten";

    /** The reason of a test the run stopped before finishing. */
    public static final String NOT_RUN_REASON = "not run: the run stopped before this test finished; "
            + "'thingconform run --resume DIR' runs it";

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
                ixit(config), config.seed(), config.clock().orElseGet(java.time.Instant::now)).selectBindings(ClauseSelection.of(config.bindings(), List.of())).orProfiles(config.profiles()).discover();
        config.shard().ifPresent(shard -> ShardSelection.keep(engine, shard));
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
        ClauseExecution run = new ClauseExecution(listener, recorder, platform, ics, notStarted, waivers,
                config.confirm());
        ClauseScheduler scheduler = new ClauseScheduler(run, platform == null ? config.jobs()
                : ClauseScheduler.jobs(config.jobs(), platform.descriptor().maxConcurrency()));
        try {
            if (scheduler.profilesSideBySide(platform == null ? null : platform.descriptor().maxConcurrency())) {
                results.addAll(ProfilesSideBySide.run(profiles, listener, (profile, events) -> scheduler.reportingTo(events)
                        .run(profile.profile(), profile.getChildren().stream().map(ClauseDescriptor.class::cast).toList())));
            } else {
                for (ProfileDescriptor profile : profiles) {
                    listener.executionStarted(profile);
                    results.addAll(scheduler.run(profile.profile(), profile.getChildren().stream()
                            .map(ClauseDescriptor.class::cast).toList()));
                    listener.executionFinished(profile, TestExecutionResult.successful());
                }
            }
        } catch (RuntimeException | Error e) {
            PlatformClosing.start(platform).await().ifPresent(failure -> e.addSuppressed(new ReportFailure(failure)));
            throw e;
        }
        // Stopping the platform takes seconds (the reference broker's shutdown waits out fixed quiet periods):
        // it stops while the reports are written, and the run ends only once it has stopped.
        PlatformClosing closing = PlatformClosing.start(platform);
        TestExecutionResult rootResult = TestExecutionResult.successful();
        Optional<String> closeFailure;
        try {
            if (config.reportsDir().isPresent()) {
                RunInfo info = new RunInfo(SuiteVersion.get(), start, Instant.now(), platformView, profileFiles(profiles),
                        List.copyOf(config.faults()), config.replay().orElse(null), recorder.resumed(), config.kind(),
                        config.confirm(), config.shard().orElse(null), recorder.shards()).withCoverage(coverage(profiles));
                try {
                    ReportWriter.write(config.reportsDir().get(), info, results, recorder.keepsAllureResults(), waivers,
                            config.history().map(org.thingconform.history.HistoryFolder::new));
                    if (notStarted == null && results.stream().noneMatch(r -> r.verdict() == Verdict.NOT_RUN)
                            && recorder.runs()) {
                        recorder.completed();
                    }
                    listener.reportingEntryPublished(root, ReportEntry.from(REPORTS_WRITTEN_KEY,
                            config.reportsDir().get().toString()));
                } catch (RuntimeException e) {
                    rootResult = TestExecutionResult.failed(new ReportFailure("reports could not be written to "
                            + config.reportsDir().get() + ": " + e.getMessage()));
                }
            }
            recorder.close();
        } finally {
            closeFailure = closing.await();
        }
        if (notStarted != null && rootResult.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            rootResult = TestExecutionResult.failed(new ReportFailure(notStarted));
        }
        if (closeFailure.isPresent() && rootResult.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            rootResult = TestExecutionResult.failed(new ReportFailure("the platform did not stop cleanly: "
                    + closeFailure.get()));
        }
        listener.executionFinished(root, rootResult);
    }

    /** What the manifest records besides the descriptor: ICS answers used, defaults, parameters (IXIT). */
    private static Map<String, Object> runSettings(IcsAnswers ics, EngineConfig config, List<Profile> profiles) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("icsAnswersUsed", new java.util.TreeMap<>(ics.answers()));
        settings.put("icsOverrides", new java.util.TreeMap<>(config.icsOverrides()));
        settings.put("icsDefault", config.icsDefault().map(b -> b ? "yes" : "no").orElse("none (fail closed)"));
        settings.put("icsDefaulted", ics.defaulted().stream().sorted().toList());
        settings.put("seed", config.seed());
        // a shard answers the same ICS questions as the whole run, for its part of the tests
        config.shard().ifPresent(shard -> settings.put("shard", shard.label() + " (" + ShardSpec.PARTITION_RULE + ")"));
        Map<String, Object> parameters = new java.util.TreeMap<>();
        profiles.forEach(p -> {
            Map<String, Object> values = new java.util.TreeMap<>();
            p.parameters().forEach((name, value) -> values.put(name, value.isValueNode() ? value.asText() : value.toString()));
            parameters.put(p.id(), values);
        });
        settings.put("profileParameters", parameters);
        return settings;
    }

    /**
     * How much of their standards the run's profiles cover, for the reports; a profile whose statement list does
     * not load is left out (validate and lint name the problem; the run's verdicts do not depend on it).
     */
    private static List<org.thingconform.result.StandardCoverage> coverage(List<ProfileDescriptor> profiles) {
        List<org.thingconform.result.StandardCoverage> standards = new java.util.ArrayList<>();
        for (ProfileDescriptor profile : profiles) {
            try {
                org.thingconform.profile.coverage.Coverage.of(profile.profile())
                        .ifPresent(report -> standards.add(report.summary()));
            } catch (org.thingconform.source.BadInputException e) {
                // left out of the reports' coverage; the list's own error is validate's and lint's to report
            }
        }
        return standards;
    }

    private static List<ProfileFile> profileFiles(List<ProfileDescriptor> profiles) {
        return profiles.stream().map(ProfileDescriptor::profile).map(ThingConformTestEngine::profileFile).toList();
    }

    /** How reports name a profile file: its id, its path as the unique ids show it, and its hash. */
    public static ProfileFile profileFile(Profile profile) {
        return new ProfileFile(profile.id(), ProfileDiscovery.key(profile.file()), profile.sha256());
    }

    /** The run as a whole went wrong (platform missing, reports unwritable). */
    static final class ReportFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReportFailure(String message) {
            super(message, null, false, false);
        }
    }
}
