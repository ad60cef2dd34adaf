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
import org.thingconform.platform.DescriptorView;
import org.thingconform.profile.Profile;
import org.thingconform.report.ReportWriter;
import org.thingconform.result.ClauseResult;
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
        new ProfileDiscovery(request, engine).discover();
        return engine;
    }

    @Override
    public void execute(ExecutionRequest request) {
        TestDescriptor root = request.getRootTestDescriptor();
        EngineExecutionListener listener = request.getEngineExecutionListener();
        EngineConfig config = EngineConfig.from(request.getConfigurationParameters());
        listener.executionStarted(root);
        List<ProfileDescriptor> profiles = root.getChildren().stream()
                .filter(ProfileDescriptor.class::isInstance).map(ProfileDescriptor.class::cast).toList();
        Instant start = Instant.now();
        List<ClauseResult> results = new ArrayList<>();
        Map<String, Object> platformView = new LinkedHashMap<>();
        PlatformSession platform = null;
        String notStarted = null;
        try {
            if (profiles.stream().anyMatch(p -> !p.getChildren().isEmpty())) {
                platform = PlatformSession.open(config, profiles.stream().map(ProfileDescriptor::profile).toList());
                platformView.putAll(DescriptorView.masked(platform.descriptor()));
            }
        } catch (BadInputException | PlatformStartException e) {
            notStarted = e.getMessage();
        }
        try {
            for (ProfileDescriptor profile : profiles) {
                listener.executionStarted(profile);
                for (TestDescriptor child : profile.getChildren()) {
                    ClauseDescriptor clause = (ClauseDescriptor) child;
                    ClauseResult result = notStarted != null
                            ? ClauseRunner.notRun(profile.profile(), clause.clause(), Verdict.ERROR,
                                    "platform not available: " + notStarted)
                            : ClauseRunner.run(profile.profile(), clause.clause(), platform.descriptor());
                    results.add(result);
                    report(listener, clause, result);
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

    private static void report(EngineExecutionListener listener, ClauseDescriptor clause, ClauseResult result) {
        if (result.verdict() == Verdict.NOT_APPLICABLE) {
            listener.executionSkipped(clause, result.reason());
            return;
        }
        listener.executionStarted(clause);
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put(VERDICT_KEY, result.verdict().name());
        if (result.reason() != null && !result.reason().isBlank()) {
            entry.put(REASON_KEY, result.reason());
        }
        listener.reportingEntryPublished(clause, ReportEntry.from(entry));
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
