package org.thingconform.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * The ThingConform test engine (id {@value #ID}) on the JUnit Platform: profiles are
 * containers, clauses are tests. It runs the same way from the CLI, from Maven Surefire
 * through a {@code @Suite} class, and from an IDE. Each clause test publishes its
 * verdict and reason as report entries {@value #VERDICT_KEY} and {@value #REASON_KEY},
 * and the run's reports are written when {@link EngineConfig#REPORTS_DIR} is set.
 */
public final class ThingConformTestEngine implements TestEngine {

    public static final String ID = "thingconform";
    public static final String VERDICT_KEY = "thingconform.verdict";
    public static final String REASON_KEY = "thingconform.reason";

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
                    EngineConfig.DEFAULT_SEED).reportIssue(e.getMessage());
            return engine;
        }
        new ProfileDiscovery(request, engine, ClauseSelection.of(config.clauses(), config.excludedClauses()),
                ixit(config), config.seed()).selectBindings(ClauseSelection.of(config.bindings(), List.of())).discover();
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
        try {
            config = EngineConfig.from(request.getConfigurationParameters());
        } catch (BadInputException e) {
            listener.executionFinished(root, TestExecutionResult.failed(new ReportFailure(e.getMessage())));
            return;
        }
        List<ProfileDescriptor> profiles = root.getChildren().stream()
                .filter(ProfileDescriptor.class::isInstance).map(ProfileDescriptor.class::cast).toList();
        Instant start = Instant.now();
        List<ClauseResult> results = new ArrayList<>();
        Map<String, Object> platformView = new LinkedHashMap<>();
        PlatformSession platform = null;
        String notStarted = null;
        IcsAnswers ics = null;
        List<Profile> loaded = profiles.stream().map(ProfileDescriptor::profile).toList();
        try {
            if (profiles.stream().anyMatch(p -> !p.getChildren().isEmpty())) {
                platform = PlatformSession.open(config, loaded);
                platformView.putAll(DescriptorView.masked(platform.descriptor()));
                ics = IcsAnswers.resolve(loaded, platform.descriptor().ics(), config.icsOverrides(), config.icsDefault(),
                        config.platformDescriptor().isEmpty());
                platformView.putAll(runSettings(ics, config, loaded));
                if (!ics.missing().isEmpty()) {
                    notStarted = ics.missingMessage();
                }
            }
        } catch (BadInputException | PlatformStartException e) {
            notStarted = e.getMessage();
        }
        try {
            for (ProfileDescriptor profile : profiles) {
                listener.executionStarted(profile);
                for (TestDescriptor child : profile.getChildren()) {
                    ClauseDescriptor clause = (ClauseDescriptor) child;
                    results.addAll(clause.isGroup()
                            ? executeGroup(listener, profile.profile(), clause, platform, ics, notStarted)
                            : executeRun(listener, profile.profile(), clause, platform, ics, notStarted));
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
            RunInfo run = new RunInfo(SuiteVersion.get(), start, Instant.now(), platformView, profileFiles(profiles),
                    List.copyOf(config.faults()));
            try {
                ReportWriter.write(config.reportsDir().get(), run, results);
            } catch (RuntimeException e) {
                rootResult = TestExecutionResult.failed(new ReportFailure("reports could not be written to "
                        + config.reportsDir().get() + ": " + e.getMessage()));
            }
        }
        if (notStarted != null && rootResult.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            rootResult = TestExecutionResult.failed(new ReportFailure(notStarted));
        }
        listener.executionFinished(root, rootResult);
    }

    /** A clause over one binding: one test, or the container of its generated cases. */
    private static List<ClauseResult> executeRun(EngineExecutionListener listener, Profile profile,
                                                 ClauseDescriptor clause, PlatformSession platform, IcsAnswers ics,
                                                 String notStarted) {
        return clause.getType() == TestDescriptor.Type.CONTAINER
                ? executeCases(listener, profile, clause, platform, ics, notStarted)
                : List.of(executeClause(listener, profile, clause, platform, ics, notStarted));
    }

    /**
     * A clause run over several bindings: each binding is a child (a test or a container
     * of cases); the group reports the worst verdict over its bindings.
     */
    private static List<ClauseResult> executeGroup(EngineExecutionListener listener, Profile profile,
                                                   ClauseDescriptor group, PlatformSession platform, IcsAnswers ics,
                                                   String notStarted) {
        listener.executionStarted(group);
        List<ClauseResult> results = new ArrayList<>();
        for (TestDescriptor child : group.getChildren()) {
            results.addAll(executeRun(listener, profile, (ClauseDescriptor) child, platform, ics, notStarted));
        }
        if (results.isEmpty()) {
            results.add(ClauseRunner.notRun(profile, group.clause(), Verdict.ERROR,
                    "no binding of the clause was selected; expected at least one"));
        }
        publishVerdict(listener, group, ClauseVerdicts.perClause(results).get(0));
        listener.executionFinished(group, TestExecutionResult.successful());
        return results;
    }

    private static ClauseResult executeClause(EngineExecutionListener listener, Profile profile,
                                              ClauseDescriptor clause, PlatformSession platform, IcsAnswers ics,
                                              String notStarted) {
        ClauseResult result = (notStarted != null
                ? ClauseRunner.notRun(profile, clause.clause(), Verdict.ERROR, "platform not available: " + notStarted)
                : Applicability.notApplicableReason(clause.clause(), clause.binding(), ics.answers())
                        .map(reason -> ClauseRunner.notRun(profile, clause.clause(), Verdict.NOT_APPLICABLE, reason))
                        .or(() -> platform.health().unanswered(profile, clause.clause(), clause.binding())
                                .map(reason -> ClauseRunner.notRun(profile, clause.clause(), Verdict.INCONCLUSIVE, reason)))
                        .orElseGet(() -> ClauseRunner.run(profile, clause.clause(), clause.binding(),
                                platform.descriptor()))).over(clause.resultBinding());
        report(listener, clause, result);
        return result;
    }

    /** A generated clause: each case is a test; the clause container reports the worst verdict of its cases. */
    private static List<ClauseResult> executeCases(EngineExecutionListener listener, Profile profile,
                                                   ClauseDescriptor clause, PlatformSession platform, IcsAnswers ics,
                                                   String notStarted) {
        String notApplicable = notStarted != null ? null
                : Applicability.notApplicableReason(clause.clause(), clause.binding(), ics.answers()).orElse(null);
        if (notApplicable != null) {
            listener.executionSkipped(clause, notApplicable);
            return List.of(ClauseRunner.notRun(profile, clause.clause(), Verdict.NOT_APPLICABLE, notApplicable)
                    .over(clause.resultBinding()));
        }
        listener.executionStarted(clause);
        List<ClauseResult> results = new ArrayList<>();
        String unanswered = notStarted != null ? null
                : platform.health().unanswered(profile, clause.clause(), clause.binding()).orElse(null);
        try (DevicePool pool = notStarted != null || unanswered != null ? null
                : new DevicePool(profile, clause.binding(), platform.descriptor())) {
            for (TestDescriptor child : clause.getChildren()) {
                GeneratedCase generated = ((CaseDescriptor) child).generatedCase();
                ClauseResult result = notStarted != null
                        ? new ClauseResult(ClauseRunner.info(profile, clause.clause()), generated.id(), generated.parameters(),
                                Verdict.ERROR, "platform not available: " + notStarted, Instant.now(), Instant.now(),
                                List.of(), clause.resultBinding())
                        : unanswered != null ? ClauseRunner.notRun(profile, clause.clause(), generated, Verdict.INCONCLUSIVE,
                                unanswered).over(clause.resultBinding())
                        : ClauseRunner.runCase(profile, clause.clause(), clause.binding(), generated,
                                platform.descriptor(), pool);
                results.add(result);
                report(listener, child, result);
            }
        }
        if (results.isEmpty()) {
            ClauseResult none = ClauseRunner.notRun(profile, clause.clause(), Verdict.ERROR,
                    "the generate section selects no case for this thing model; expected at least one")
                    .over(clause.resultBinding());
            results.add(none);
            publishVerdict(listener, clause, none);
        } else {
            publishVerdict(listener, clause, ClauseVerdicts.perClause(results).get(0));
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

    private static void publishVerdict(EngineExecutionListener listener, TestDescriptor test, ClauseResult result) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put(VERDICT_KEY, result.verdict().name());
        if (result.reason() != null && !result.reason().isBlank()) {
            entry.put(REASON_KEY, result.reason());
        }
        listener.reportingEntryPublished(test, ReportEntry.from(entry));
    }

    private static void report(EngineExecutionListener listener, TestDescriptor clause, ClauseResult result) {
        if (result.verdict() == Verdict.NOT_APPLICABLE) {
            listener.executionSkipped(clause, result.reason());
            return;
        }
        listener.executionStarted(clause);
        publishVerdict(listener, clause, result);
        listener.executionFinished(clause, switch (result.verdict()) {
            case PASS, NOT_APPLICABLE -> TestExecutionResult.successful();
            case FAIL -> TestExecutionResult.failed(new AssertionFailedError(result.reason()));
            case INCONCLUSIVE -> TestExecutionResult.aborted(new TestAbortedException("INCONCLUSIVE: " + result.reason()));
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
