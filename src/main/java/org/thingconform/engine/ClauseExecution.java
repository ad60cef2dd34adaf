package org.thingconform.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;
import org.thingconform.profile.Profile;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.ClauseVerdicts;
import org.thingconform.result.ShownVerdict;
import org.thingconform.result.Verdict;
import org.thingconform.waiver.Waiver;
import org.thingconform.waiver.Waivers;

/**
 * How one execution of the engine runs its clauses, binding runs and generated cases, and reports
 * each to the JUnit Platform as it finishes: a result the journal already holds stands for its test,
 * a test not run is NOT_RUN, a clause that does not apply is NOT_APPLICABLE (run anyway when it
 * observes the ICS item that holds it back), and every result it decides goes to the journal first.
 * A test that runs and does not pass runs {@code confirm} more times before its result is decided
 * ({@link Confirmation}). Everything it shares between clauses is in its components: where results
 * go, the platform (null when none was opened), the ICS answers, why the platform is not available
 * (null when it is), the waivers, the extra tries, the lanes its tests take devices from ({@link Lanes}).
 */
record ClauseExecution(EngineExecutionListener listener, RunRecorder recorder, PlatformSession platform,
                       IcsAnswers ics, String notStarted, Waivers waivers, int confirm, Lanes lanes) {

    /** An execution whose tests take turns in one lane. */
    ClauseExecution(EngineExecutionListener listener, RunRecorder recorder, PlatformSession platform, IcsAnswers ics,
                    String notStarted, Waivers waivers, int confirm) {
        this(listener, recorder, platform, ics, notStarted, waivers, confirm, new Lanes(1));
    }

    /** The same execution, its JUnit Platform events going to {@code events} (a worker's, handed on in order later). */
    ClauseExecution reportingTo(EngineExecutionListener events) {
        return new ClauseExecution(events, recorder, platform, ics, notStarted, waivers, confirm, lanes);
    }

    /** The same execution, its tests running in {@code lanes} (a profile's). */
    ClauseExecution inLanes(Lanes lanes) {
        return new ClauseExecution(listener, recorder, platform, ics, notStarted, waivers, confirm, lanes);
    }

    /** One top-level test of a profile: a clause over its binding (or its cases), or a clause over several bindings. */
    List<ClauseResult> execute(Profile profile, ClauseDescriptor clause) {
        return clause.isGroup() ? executeGroup(profile, clause) : executeRun(profile, clause);
    }

    /** A result for a test that has none in the journal and is not run now. */
    private ClauseResult notRun(Profile profile, ClauseDescriptor clause) {
        return ClauseRunner.notRun(profile, clause.clause(), Verdict.NOT_RUN, ThingConformTestEngine.NOT_RUN_REASON);
    }

    /** A clause over one binding: one test, or the container of its generated cases. */
    List<ClauseResult> executeRun(Profile profile, ClauseDescriptor clause) {
        return clause.getType() == TestDescriptor.Type.CONTAINER
                ? executeCases(profile, clause)
                : List.of(executeClause(profile, clause));
    }

    /**
     * A clause run over several bindings: each binding is a child (a test or a container
     * of cases), run side by side in lanes when the clause's tests touch only their own devices;
     * the group reports the worst verdict over its bindings.
     */
    List<ClauseResult> executeGroup(Profile profile, ClauseDescriptor group) {
        listener().executionStarted(group);
        List<ClauseDescriptor> bindings = group.getChildren().stream().map(ClauseDescriptor.class::cast).toList();
        List<ClauseResult> results = new ArrayList<>();
        if (lanes().count() > 1 && bindings.size() > 1 && Isolation.byLane(profile, group.clause())) {
            results.addAll(BindingsSideBySide.run(bindings, this,
                    (binding, execution) -> execution.executeRun(profile, binding)));
        } else {
            bindings.forEach(binding -> results.addAll(executeRun(profile, binding)));
        }
        if (results.isEmpty()) {
            results.add(ClauseRunner.notRun(profile, group.clause(), Verdict.ERROR,
                    "no binding of the clause was selected; expected at least one"));
        }
        publishVerdict(listener(), group, ClauseVerdicts.perClause(results).get(0), waivers().ofClause(results));
        listener().executionFinished(group, TestExecutionResult.successful());
        return results;
    }

    private ClauseResult executeClause(Profile profile, ClauseDescriptor clause) {
        ClauseResult result = recorder().earlier(clause).orElse(null);
        if (result == null) {
            result = (!recorder().runs() ? notRun(profile, clause)
                    : notStarted() != null
                    ? ClauseRunner.notRun(profile, clause.clause(), Verdict.ERROR, "platform not available: " + notStarted())
                    : decide(profile, clause))
                    .over(clause.resultBinding()).withTestId(clause.getUniqueId().toString());
            recordIfRan(result);
        }
        report(clause, result);
        return result;
    }

    /**
     * The verdict on a clause over one binding against an open platform: NOT_APPLICABLE (run anyway
     * when it observes the ICS item that keeps it from applying), INCONCLUSIVE when an endpoint it
     * needs did not answer the probe, else what its test gives.
     */
    private ClauseResult decide(Profile profile, ClauseDescriptor clause) {
        Map<String, Boolean> answers = ics().answers();
        java.util.Optional<String> unanswered = platform().health().unanswered(profile, clause.clause(), clause.binding());
        java.util.Optional<String> notApplicable = Applicability.notApplicableReason(clause.clause(), clause.binding(), answers);
        if (notApplicable.isPresent()) {
            ClauseResult result = ClauseRunner.notRun(profile, clause.clause(), Verdict.NOT_APPLICABLE, notApplicable.get());
            List<String> observed = IcsObservation.observable(clause.clause(), clause.binding(), answers);
            return observed.isEmpty() || unanswered.isPresent() ? result : IcsObservation.observed(result,
                    inALane(lane -> ClauseRunner.run(profile, clause.clause(), clause.binding(), platform().descriptor(),
                            lane, platform().shard().orElse(null)).over(clause.resultBinding())), observed);
        }
        if (unanswered.isPresent()) {
            return ClauseRunner.notRun(profile, clause.clause(), Verdict.INCONCLUSIVE, unanswered.get());
        }
        return inALane(lane -> Confirmation.run(confirm(), () -> IcsObservation.checked(ClauseRunner.run(profile,
                clause.clause(), clause.binding(), platform().descriptor(), lane, platform().shard().orElse(null))
                        .over(clause.resultBinding()),
                clause.clause(), clause.binding(), answers)));
    }

    /** What {@code test} gives, run with the devices of a lane taken for it (and given back after). */
    private ClauseResult inALane(java.util.function.IntFunction<ClauseResult> test) {
        int lane = lanes().take();
        try {
            return test.apply(lane);
        } finally {
            lanes().release(lane);
        }
    }

    /** Journals a result this execution decided, unless nothing ran (not run, or no platform: a resume retries it). */
    private void recordIfRan(ClauseResult result) {
        if (recorder().runs() && notStarted() == null) {
            recorder().record(result);
        }
    }

    /** A generated clause: each case is a test; the clause container reports the worst verdict of its cases. */
    private List<ClauseResult> executeCases(Profile profile, ClauseDescriptor clause) {
        EngineExecutionListener listener = listener();
        ClauseResult whole = recorder().earlier(clause).orElse(null);
        if (whole == null && recorder().runs() && notStarted() == null) {
            whole = Applicability.notApplicableReason(clause.clause(), clause.binding(), ics().answers())
                    .map(reason -> ClauseRunner.notRun(profile, clause.clause(), Verdict.NOT_APPLICABLE, reason)
                            .over(clause.resultBinding()).withTestId(clause.getUniqueId().toString()))
                    .orElse(null);
            if (whole != null) {
                recorder().record(whole);
            }
        }
        if (whole != null && whole.verdict() == Verdict.NOT_APPLICABLE) {
            listener.executionSkipped(clause, whole.reason());
            return List.of(whole);
        }
        listener.executionStarted(clause);
        String unanswered = !recorder().runs() || notStarted() != null ? null
                : platform().health().unanswered(profile, clause.clause(), clause.binding()).orElse(null);
        List<TestDescriptor> children = List.copyOf(clause.getChildren());
        List<ClauseResult> results = new ArrayList<>();
        List<Integer> toRun = new ArrayList<>();
        for (TestDescriptor child : children) {
            GeneratedCase generated = ((CaseDescriptor) child).generatedCase();
            ClauseResult result = recorder().earlier(child).orElse(null);
            if (result == null) {
                if (!recorder().runs()) {
                    result = ClauseRunner.notRun(profile, clause.clause(), generated, Verdict.NOT_RUN,
                            ThingConformTestEngine.NOT_RUN_REASON);
                } else if (notStarted() != null) {
                    result = ClauseRunner.notRun(profile, clause.clause(), generated, Verdict.ERROR,
                            "platform not available: " + notStarted());
                } else if (unanswered != null) {
                    result = ClauseRunner.notRun(profile, clause.clause(), generated, Verdict.INCONCLUSIVE, unanswered);
                } else {
                    toRun.add(results.size());
                    results.add(null);
                    continue;
                }
                result = result.over(clause.resultBinding()).withTestId(child.getUniqueId().toString());
                recordIfRan(result);
            }
            results.add(result);
        }
        List<ClauseResult> ran = runCases(profile, clause, toRun.stream().map(children::get).toList());
        for (int i = 0; i < toRun.size(); i++) {
            results.set(toRun.get(i), ran.get(i));
        }
        for (int i = 0; i < children.size(); i++) {
            report(children.get(i), results.get(i));
        }
        if (results.isEmpty()) {
            ClauseResult none = whole != null ? whole : ClauseRunner.notRun(profile, clause.clause(), Verdict.ERROR,
                    "the generate section selects no case for this thing model; expected at least one")
                    .over(clause.resultBinding()).withTestId(clause.getUniqueId().toString());
            if (whole == null) {
                recordIfRan(none);
            }
            results.add(none);
            publishVerdict(listener, clause, none, waivers().ofClause(List.of(none)));
        } else {
            publishVerdict(listener, clause, ClauseVerdicts.perClause(results).get(0), waivers().ofClause(results));
        }
        listener.executionFinished(clause, TestExecutionResult.successful());
        return results;
    }

    /**
     * Runs the generated cases {@code cases} of {@code clause} side by side in as many of the profile's lanes
     * as come free ({@link CasesInLanes}), journaling each result as it is decided; results in case order.
     */
    private List<ClauseResult> runCases(Profile profile, ClauseDescriptor clause, List<TestDescriptor> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        List<CasesInLanes.Case> work = cases.stream().<CasesInLanes.Case>map(child -> devices -> {
            GeneratedCase generated = ((CaseDescriptor) child).generatedCase();
            ClauseResult result = Confirmation.run(confirm(), () -> ClauseRunner.runCase(profile, clause.clause(),
                    clause.binding(), generated, platform().descriptor(), devices))
                    .withTestId(child.getUniqueId().toString());
            recordIfRan(result);
            return result;
        }).toList();
        boolean apart = Isolation.byLane(profile, clause.clause()) && cases.stream()
                .allMatch(child -> Isolation.byLane(((CaseDescriptor) child).generatedCase()));
        return CasesInLanes.run(work, lanes(), apart, lane -> new DevicePool(profile, clause.binding(),
                platform().descriptor(), lane));
    }

    private static void publishVerdict(EngineExecutionListener listener, TestDescriptor test, ClauseResult result,
                                       Optional<Waiver> waiver) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put(ThingConformTestEngine.VERDICT_KEY, result.verdict().name());
        if (result.reason() != null && !result.reason().isBlank()) {
            entry.put(ThingConformTestEngine.REASON_KEY, result.reason());
        }
        if (result.tries() != null) {
            entry.put(ThingConformTestEngine.TRIES_KEY, String.valueOf(result.tries().total()));
            entry.put(ThingConformTestEngine.AGREED_KEY, String.valueOf(result.tries().agreed()));
        }
        waiver.ifPresent(w -> entry.put(ThingConformTestEngine.WAIVED_KEY, w.reason()));
        listener.reportingEntryPublished(test, ReportEntry.from(entry));
    }

    private void report(TestDescriptor clause, ClauseResult result) {
        EngineExecutionListener listener = listener();
        if (result.verdict() == Verdict.NOT_APPLICABLE) {
            listener.executionSkipped(clause, result.reason());
            return;
        }
        listener.executionStarted(clause);
        publishVerdict(listener, clause, result, waivers().of(result));
        // a confirmed verdict says in its message how its tries went (JUnit XML keeps it): FAIL (intermittent: 2 of 4): …
        String tried = result.tries() == null ? "" : ShownVerdict.of(result.verdict(), result.tries(), null) + ": ";
        listener.executionFinished(clause, switch (result.verdict()) {
            case PASS, NOT_APPLICABLE -> TestExecutionResult.successful();
            case FAIL -> TestExecutionResult.failed(new AssertionFailedError(tried + result.reason()));
            case INCONCLUSIVE -> TestExecutionResult.aborted(new TestAbortedException(
                    (tried.isEmpty() ? "INCONCLUSIVE: " : tried) + result.reason()));
            case NOT_RUN -> TestExecutionResult.aborted(new TestAbortedException("NOT_RUN: " + result.reason()));
            case ERROR -> TestExecutionResult.failed(new ClauseError(tried + result.reason()));
        });
    }

    /** The suite could not decide a clause: its setup or the suite itself broke. */
    static final class ClauseError extends RuntimeException {
        final long serialVersionUID = 1L;

        ClauseError(String message) {
            super(message, null, false, false);
        }
    }
}
