package org.thingconform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.thingconform.profile.Profile;
import org.thingconform.result.ClauseResult;

/**
 * Runs the clauses of one profile: side by side, up to {@code jobs} at once, where they cannot see
 * each other ({@link Isolation}), else one after the other. Each clause's results go to the journal
 * as they are decided (whatever finishes first is kept if the run dies), while its JUnit Platform
 * events are handed on in declaration order ({@link DeferredEvents}), so the console, Surefire and
 * the reports list the clauses as a run with {@code --jobs 1} does, with the same verdicts.
 */
final class ClauseScheduler {

    private final ClauseExecution execution;
    private final int jobs;

    ClauseScheduler(ClauseExecution execution, int jobs) {
        this.execution = execution;
        this.jobs = jobs;
    }

    /** Runs {@code clauses} (the profile's top-level tests, in declaration order) and returns their results. */
    List<ClauseResult> run(Profile profile, List<ClauseDescriptor> clauses) {
        if (jobs <= 1 || clauses.size() <= 1 || !Isolation.byRunToken(profile)) {
            List<ClauseResult> results = new ArrayList<>();
            clauses.forEach(clause -> results.addAll(execution.execute(profile, clause)));
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, clauses.size()), workers(profile));
        try {
            List<Future<List<ClauseResult>>> pending = new ArrayList<>();
            List<DeferredEvents> events = new ArrayList<>();
            for (ClauseDescriptor clause : clauses) {
                DeferredEvents deferred = new DeferredEvents();
                events.add(deferred);
                ClauseExecution onWorker = execution.reportingTo(deferred);
                pending.add(pool.submit(() -> onWorker.execute(profile, clause)));
            }
            List<ClauseResult> results = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                results.addAll(outcome(pending.get(i)));
                events.get(i).replayTo(execution.listener());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<ClauseResult> outcome(Future<List<ClauseResult>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a clause", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory workers(Profile profile) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "thingconform-" + profile.id() + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
