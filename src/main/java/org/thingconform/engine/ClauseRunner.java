package org.thingconform.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.thingconform.engine.step.StepExecutors;
import org.thingconform.platform.NorthboundException;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.Binding;
import org.thingconform.profile.Clause;
import org.thingconform.profile.Profile;
import org.thingconform.profile.step.Step;
import org.thingconform.profile.step.StepRoles;
import org.thingconform.protocol.mqtt.MqttProtocolException;
import org.thingconform.result.ClauseInfo;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.ClauseVerdicts;
import org.thingconform.result.Verdict;

/**
 * Runs one clause's test against the platform and decides its verdict: a failed check on
 * the clause's subject makes it FAIL, one on a means (a {@code given} step, an acknowledgement
 * a step does not state, a step marked {@code means}) INCONCLUSIVE (see {@link Attribution}),
 * and the suite's own trouble makes it ERROR. Every reason ends with the step and line that
 * decided it.
 */
public final class ClauseRunner {

    private ClauseRunner() {
    }

    /** Runs a clause tested as a whole over {@code binding}, with the roles' own devices. */
    public static ClauseResult run(Profile profile, Clause clause, Binding binding, PlatformDescriptor platform) {
        return run(profile, clause, binding, platform, 0);
    }

    /** Runs a clause tested as a whole over {@code binding}, with the devices of lane {@code lane} ({@link Lanes}). */
    static ClauseResult run(Profile profile, Clause clause, Binding binding, PlatformDescriptor platform, int lane) {
        return run(profile, clause, binding, platform, lane, null);
    }

    /** As {@link #run(Profile, Clause, Binding, PlatformDescriptor, int)}, as a test of {@code shard} (null: none). */
    static ClauseResult run(Profile profile, Clause clause, Binding binding, PlatformDescriptor platform, int lane,
                            org.thingconform.shard.ShardSpec shard) {
        return run(profile, clause, binding, null, Map.of(), clause.given(), clause.steps(),
                new ClauseContext(profile, binding, platform, lane).inShard(shard));
    }

    /**
     * Runs a clause whole over the given bindings (those of the clause that
     * {@code bindings} keeps), as one verdict on the clause: a plain clause as one test
     * per binding, a generated clause case by case, folded into its worst verdict; an
     * untestable clause is NOT_APPLICABLE; the cases of a generated clause run side by side in
     * as many lanes as the platform has devices per role. For callers that need clause verdicts
     * without the JUnit tree.
     */
    public static ClauseResult runWhole(Profile profile, Clause clause, PlatformDescriptor platform,
                                        CaseExpander expander, Predicate<Binding> bindings) {
        return runWhole(profile, clause, platform, expander, bindings, new Lanes(platform.lanes(profile.devices().keySet())));
    }

    /**
     * Runs each of {@code clauses} whole ({@link #runWhole(Profile, Clause, PlatformDescriptor, CaseExpander,
     * Predicate)}), up to {@code jobs} side by side where they cannot see each other ({@link Isolation}), each
     * test in a lane of its own ({@link Lanes}); the results in clause order.
     */
    public static List<ClauseResult> runWhole(Profile profile, List<Clause> clauses, PlatformDescriptor platform,
                                              CaseExpander expander, Predicate<Binding> bindings, int jobs) {
        if (clauses.isEmpty()) {
            return List.of();
        }
        int count = Lanes.count(profile, platform, jobs);
        Lanes lanes = new Lanes(count);
        // a clause that must run alone (a fleet, platform-wide state) makes the list take turns, as under --jobs
        if (jobs <= 1 || count <= 1 || clauses.size() <= 1 || !Isolation.byLane(profile)
                || clauses.stream().anyMatch(Clause::exclusive)) {
            return clauses.stream().map(clause -> runWhole(profile, clause, platform, expander, bindings, lanes)).toList();
        }
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(
                Math.min(jobs, clauses.size()), SideBySide.threads("thingconform-clause"));
        try {
            List<java.util.concurrent.Future<ClauseResult>> pending = clauses.stream().map(clause -> threads.submit(() ->
                    runWhole(profile, clause, platform, expander, bindings, lanes))).toList();
            return pending.stream().map(SideBySide::outcome).toList();
        } finally {
            threads.shutdownNow();
        }
    }

    private static ClauseResult runWhole(Profile profile, Clause clause, PlatformDescriptor platform,
                                         CaseExpander expander, Predicate<Binding> bindings, Lanes lanes) {
        if (clause.untestable() != null) {
            return notRun(profile, clause, Verdict.NOT_APPLICABLE, "untestable: " + clause.untestable());
        }
        List<Binding> over = profile.bindingsOf(clause).stream().filter(bindings).toList();
        if (!clause.usesDevices() || over.isEmpty()) {
            over = java.util.Collections.singletonList(profile.bindingsOf(clause).get(0));
        }
        List<ClauseResult> results = new ArrayList<>();
        for (Binding binding : over) {
            if (clause.generate() == null) {
                int lane = lanes.take();
                try {
                    results.add(run(profile, clause, binding, platform, lane));
                } finally {
                    lanes.release(lane);
                }
                continue;
            }
            // the cases side by side in the platform's lanes, where they touch only their own devices
            List<GeneratedCase> cases = expander.expand(profile, clause);
            boolean apart = Isolation.byLane(profile, clause) && cases.stream().allMatch(Isolation::byLane);
            results.addAll(CasesInLanes.run(cases.stream().<CasesInLanes.Case>map(generated -> devices ->
                            runCase(profile, clause, binding, generated, platform, devices)).toList(), lanes, apart,
                    lane -> new DevicePool(profile, binding, platform, lane)));
        }
        return results.isEmpty()
                ? notRun(profile, clause, Verdict.ERROR, "the generate section selects no case for this thing model")
                : ClauseVerdicts.perClause(results).get(0);
    }

    /** Runs one generated case of a clause over {@code binding}, its devices kept connected in {@code pool}. */
    public static ClauseResult runCase(Profile profile, Clause clause, Binding binding, GeneratedCase generated,
                                       PlatformDescriptor platform, DevicePool pool) {
        return run(profile, clause, binding, generated.id(), generated.parameters(), generated.given(),
                generated.steps(), new ClauseContext(profile, binding, platform, pool));
    }

    /** The binding id a result carries: the binding's when the profile runs the clause over several, else null. */
    static String bindingLabel(Profile profile, Clause clause, Binding binding) {
        return profile.multiBinding() && clause.usesDevices() && binding != null ? binding.id() : null;
    }

    private static ClauseResult run(Profile profile, Clause clause, Binding binding, String caseId,
                                    Map<String, String> parameters, List<Step> givenSteps, List<Step> testSteps,
                                    ClauseContext context) {
        Instant start = Instant.now();
        Verdict verdict = Verdict.PASS;
        String reason = null;
        context.plan(Stream.concat(givenSteps.stream(), testSteps.stream()).toList());
        try {
            Attribution.Outcome outcome = runAll(givenSteps, context, clause.roles(), true);
            if (outcome == null) {
                outcome = runAll(testSteps, context, clause.roles(), false);
            }
            if (outcome != null) {
                verdict = outcome.verdict();
                reason = outcome.reason();
            }
        } finally {
            context.close();
        }
        return new ClauseResult(info(profile, clause), caseId, parameters, verdict, reason, start, Instant.now(),
                context.trace().entries(), bindingLabel(profile, clause, binding));
    }

    /** A clause that could not run at all, e.g. because the platform did not start. */
    public static ClauseResult notRun(Profile profile, Clause clause, Verdict verdict, String reason) {
        Instant now = Instant.now();
        return new ClauseResult(info(profile, clause), verdict, reason, now, now, List.of());
    }

    /** A generated case that could not run, e.g. because an endpoint it needs did not answer. */
    public static ClauseResult notRun(Profile profile, Clause clause, GeneratedCase generated, Verdict verdict,
                                      String reason) {
        Instant now = Instant.now();
        return new ClauseResult(info(profile, clause), generated.id(), generated.parameters(), verdict, reason, now, now,
                List.of(), null);
    }

    /**
     * The report-facing description of a clause. Its link is the clause's own URL, or
     * the profile line where the clause is written.
     */
    public static ClauseInfo info(Profile profile, Clause clause) {
        return new ClauseInfo(profile.id(), profile.standard(), clause.id(), clause.level(), clause.chapter(),
                clause.summary(), clause.tags(), clause.url() != null ? clause.url()
                        : profile.file().toUri() + "#L" + clause.location().line(), clause.location().toString());
    }

    private static Attribution.Outcome runAll(List<Step> steps, ClauseContext context, StepRoles roles, boolean given) {
        for (Step step : steps) {
            StepFailure failure = failure(step, context);
            if (failure != null) {
                return Attribution.of(failure, roles.of(step), given,
                        " [step " + step.kind() + " at " + step.location() + "]");
            }
        }
        return null;
    }

    /** Runs one step: null when it passes, else how it failed. */
    private static StepFailure failure(Step step, ClauseContext context) {
        try {
            StepExecutors.execute(step, context);
            return null;
        } catch (StepFailure f) {
            return f;
        } catch (MqttProtocolException e) {
            return StepFailure.fail(e.getMessage());
        } catch (NorthboundException e) {
            return e.platformFault() ? StepFailure.fail(e.getMessage()) : StepFailure.error(e.getMessage());
        } catch (RuntimeException e) {
            return StepFailure.error("the suite failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
