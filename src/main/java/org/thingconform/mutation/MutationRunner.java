package org.thingconform.mutation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.thingconform.engine.Applicability;
import org.thingconform.engine.CaseExpander;
import org.thingconform.engine.ClauseRunner;
import org.thingconform.engine.EngineConfig;
import org.thingconform.engine.Isolation;
import org.thingconform.engine.PlatformSession;
import org.thingconform.platform.EmbeddedPlatform;
import org.thingconform.platform.EmbeddedPlatformProvider;
import org.thingconform.platform.FaultInfo;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.Binding;
import org.thingconform.profile.Clause;
import org.thingconform.profile.Profile;

/**
 * Runs every clause of the selected profiles against the embedded platform: once fault-free,
 * then once per fault with exactly that fault switched on. A platform is started once and its
 * faults are switched between runs, because starting and stopping it costs seconds; its stored
 * data is cleared before each run, so every run starts as on a fresh platform and no verdict
 * depends on what an earlier run stored. With several workers ({@link FaultWorkers}) the runs are
 * shared out over as many platforms, each with its own ports and faults; the matrix is the same.
 * Within a run, tests run side by side where they cannot see each other, by the rule of
 * {@code run --jobs} (engine {@code Isolation}): clauses that play only named MQTT clients, each apart
 * by its own token, and tests that touch only their own devices, each in a lane with devices of its own;
 * the profiles of a run side by side too when they are apart (MQTT 3.1.1 and 5.0, the WoT and LwM2M profiles).
 */
public final class MutationRunner {

    private static final int CONCURRENT_CLAUSES = 8;
    /**
     * Devices per role on each worker's platform: a generated clause runs its cases in that many lanes
     * (several workers share the machine's cores, so fewer than a run's default).
     */
    private static final int LANES = 4;

    /** Which clauses a fault's run runs. */
    public enum Scope {
        /**
         * Every clause of each profile that has one of the fault's clauses: the matrix shows what else the
         * fault breaks (collateral failures and inconclusive clauses), as {@code thingconform mutate} prints.
         */
        EVERY_CLAUSE,
        /**
         * Only the clauses the fault declares: enough to decide caught, missed, unguarded and false alarms
         * (the fault-free run still runs every clause), without re-running whole profiles per fault.
         */
        DECLARED
    }

    private final List<Profile> profiles;
    private final MutationProgress progress;
    private final int workers;
    private final Scope scope;
    private final Object progressLock = new Object();
    private final CaseExpander expander = new CaseExpander(EngineConfig.DEFAULT_SEED, java.time.Instant.now());

    /** A runner with {@link #defaultWorkers()} workers. */
    public MutationRunner(List<Profile> profiles, MutationProgress progress) {
        this(profiles, progress, defaultWorkers());
    }

    /**
     * @param progress told of each run as it finishes (one call at a time, in the order the runs finish)
     * @param workers  how many platforms run the runs side by side; 1 runs them one after the other on one
     *                 embedded platform, more start a reference process per worker beyond the first
     */
    public MutationRunner(List<Profile> profiles, MutationProgress progress, int workers) {
        this(profiles, progress, workers, Scope.EVERY_CLAUSE);
    }

    /**
     * @param scope which clauses each fault's run runs
     * @see #MutationRunner(List, MutationProgress, int)
     */
    public MutationRunner(List<Profile> profiles, MutationProgress progress, int workers, Scope scope) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        this.profiles = List.copyOf(profiles);
        this.progress = progress;
        this.workers = workers;
        this.scope = scope;
    }

    /** The workers a mutation uses unless told: two per available processor, at most 4. */
    public static int defaultWorkers() {
        return FaultWorkers.defaultCount();
    }

    /**
     * Starts the platforms (one per worker) with the profiles' device roles, runs the mutation for
     * {@code faultNames} (empty: every fault the platform offers that the profiles' bindings can
     * see — a CoAP fault is not run for MQTT-only profiles) and stops the platforms.
     *
     * @throws org.thingconform.source.BadInputException     when a fault name is unknown
     * @throws org.thingconform.engine.PlatformStartException when the platform cannot start
     */
    public MutationMatrix run(Set<String> faultNames) {
        EmbeddedPlatformProvider provider = PlatformSession.provider();
        PlatformSession.checkFaults(provider, faultNames);
        List<FaultInfo> known = provider.faults();
        Set<String> protocols = profiles.stream().flatMap(p -> p.bindings().stream()).map(Binding::protocol)
                .collect(Collectors.toSet());
        List<FaultInfo> selected = faultNames.isEmpty()
                ? applicable(known).stream().filter(f -> f.observableOver(protocols)).toList()
                : known.stream().filter(f -> faultNames.contains(f.name())).toList();
        if (workers == 1) {
            try (EmbeddedPlatform platform = PlatformSession.startEmbedded(profiles, Set.of(), 0, false, LANES)) {
                return run(platform, known, selected);
            }
        }
        List<FaultInfo> runs = new ArrayList<>();
        runs.add(null); // the fault-free run
        runs.addAll(selected);
        // one embedded broker per JVM: the first worker's platform is embedded, the others' are processes
        List<List<ClauseOutcome>> outcomes = new FaultWorkers(workers, worker -> worker == 0
                ? PlatformSession.startEmbedded(profiles, Set.of(), 0, false, LANES) : ReferenceProcess.start(profiles, LANES))
                .runAll(runs, this::runAll);
        List<FaultRun> faultRuns = new ArrayList<>();
        for (int i = 0; i < selected.size(); i++) {
            faultRuns.add(new FaultRun(selected.get(i), outcomes.get(i + 1)));
        }
        return scoped(MutationClassifier.classify(known, outcomes.get(0), faultRuns));
    }

    /**
     * The faults that declare at least one clause of the profiles: without {@code --fault}, a
     * mutation of some profiles does not run the faults of other standards (whose clauses it
     * could only report as stale).
     */
    List<FaultInfo> applicable(List<FaultInfo> known) {
        return known.stream().filter(f -> profiles.stream().anyMatch(p -> declaresClauseOf(f, p))).toList();
    }

    /** Whether {@code fault} declares a clause of {@code profile} (by bare id, or qualified by that profile). */
    static boolean declaresClauseOf(FaultInfo fault, Profile profile) {
        return profile.clauses().stream().anyMatch(c -> fault.declares(profile.id(), c.id()));
    }

    /**
     * Runs the mutation on a running platform and leaves every fault off afterwards.
     *
     * @param known    every fault the platform offers (decides which MUST clauses are unguarded)
     * @param selected the faults to run, one after the other
     */
    public MutationMatrix run(EmbeddedPlatform platform, List<FaultInfo> known, List<FaultInfo> selected) {
        try {
            List<ClauseOutcome> baseline = runAll(platform, null);
            List<FaultRun> runs = new ArrayList<>();
            for (FaultInfo fault : selected) {
                runs.add(new FaultRun(fault, runAll(platform, fault)));
            }
            return scoped(MutationClassifier.classify(known, baseline, runs));
        } finally {
            platform.switchFaults(Set.of());
        }
    }

    /** The outcomes of {@code profile}'s clauses in one run (its applicable ones, in the run's scope). */
    private List<ClauseOutcome> runProfile(Profile profile, FaultInfo fault, PlatformDescriptor descriptor) {
        Map<String, Boolean> answers = new HashMap<>();
        profile.ics().forEach(item -> answers.put(item.id(), descriptor.ics().getOrDefault(item.id(), true)));
        List<Clause> clauses = profile.clauses().stream()
                // an option the reference platform declares it does not implement (its ICS answer) is left out
                .filter(c -> Applicability.notApplicableReason(c, null, answers).isEmpty())
                .filter(c -> fault == null || scope == Scope.EVERY_CLAUSE || fault.declares(profile.id(), c.id()))
                .toList();
        // side by side where they cannot see each other (engine/Isolation, as run --jobs): a broker profile's
        // clauses each with its own {run} token, a device profile's each in a lane with devices of its own
        return ClauseRunner.runWhole(profile, clauses, descriptor, expander, bindingsFor(fault, profile),
                CONCURRENT_CLAUSES).stream().map(ClauseOutcome::of).toList();
    }

    /**
     * Runs the profiles' runs side by side when every two of them are apart (engine {@code Isolation.apart}: no
     * device role in common, no shared view), else one after the other; the outcomes in profile order either way.
     */
    private static List<List<ClauseOutcome>> sideBySide(List<Profile> profiles,
                                                        List<Supplier<List<ClauseOutcome>>> runs) {
        boolean apart = true;
        for (int i = 0; i < profiles.size() && apart; i++) {
            for (int j = i + 1; j < profiles.size() && apart; j++) {
                apart = Isolation.apart(profiles.get(i), profiles.get(j));
            }
        }
        if (!apart || runs.size() < 2) {
            return runs.stream().map(Supplier::get).toList();
        }
        ExecutorService threads = Executors.newFixedThreadPool(runs.size());
        try {
            List<Future<List<ClauseOutcome>>> futures = runs.stream()
                    .map(run -> threads.submit(run::get)).toList();
            List<List<ClauseOutcome>> results = new ArrayList<>();
            for (Future<List<ClauseOutcome>> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the profiles of a mutation run ran", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    private MutationMatrix scoped(MutationMatrix matrix) {
        return scope == Scope.DECLARED ? matrix.declaredOnly() : matrix;
    }

    private static Predicate<Binding> bindingsFor(FaultInfo fault, Profile profile) {
        if (fault == null) {
            return binding -> true;
        }
        if (profile.bindings().isEmpty()) {
            return binding -> true; // a profile without devices runs its clauses once, over no binding
        }
        if (fault.protocol() != null) {
            return binding -> binding.protocol().equals(fault.protocol());
        }
        String first = profile.bindings().get(0).id();
        return binding -> binding.id().equals(first);
    }

    /**
     * One run of every clause on a cleared platform with only {@code fault} on (none when
     * null). The baseline runs every binding. A fault of one protocol runs over the
     * bindings of that protocol; a protocol-neutral fault (the thing-model checks, the
     * northbound API) breaks the same code whatever the binding, so it runs over each
     * clause's first binding only, which keeps the matrix from growing with every binding.
     * A fault runs the profiles that have one of its clauses: collateral failures show
     * within those profiles, not in profiles about other standards; with {@link Scope#DECLARED}
     * it runs only its own clauses.
     */
    private List<ClauseOutcome> runAll(EmbeddedPlatform platform, FaultInfo fault) {
        platform.switchFaults(fault == null ? Set.of() : Set.of(fault.name()));
        platform.clearState();
        PlatformDescriptor descriptor = platform.descriptor();
        long started = System.nanoTime();
        List<Profile> running = profiles.stream().filter(p -> fault == null || declaresClauseOf(fault, p)).toList();
        List<Supplier<List<ClauseOutcome>>> runs = running.stream()
                .<Supplier<List<ClauseOutcome>>>map(p -> () -> runProfile(p, fault, descriptor))
                .toList();
        List<ClauseOutcome> outcomes = new ArrayList<>();
        sideBySide(running, runs).forEach(outcomes::addAll);
        synchronized (progressLock) { // workers finish runs side by side; the progress hears of one at a time
            progress.runFinished(fault == null ? null : fault.name(), outcomes, Duration.ofNanos(System.nanoTime() - started));
        }
        return outcomes;
    }
}
