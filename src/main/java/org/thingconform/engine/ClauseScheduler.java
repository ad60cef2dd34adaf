package org.thingconform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.thingconform.profile.Profile;
import org.thingconform.result.ClauseResult;

/**
 * Runs the clauses of one profile: side by side, up to {@code jobs} at once, where they cannot see
 * each other ({@link Isolation}) and the platform has devices enough for that many lanes ({@link Lanes}),
 * else one after the other. Each clause's results go to the journal
 * as they are decided (whatever finishes first is kept if the run dies), while its JUnit Platform
 * events are handed on in declaration order ({@link DeferredEvents}), so the console, Surefire and
 * the reports list the clauses as a run with {@code --jobs 1} does, with the same verdicts. A clause
 * marked {@code exclusive} (it changes platform-wide state) runs alone: it waits for the clauses
 * before it, and those after it wait for it.
 */
final class ClauseScheduler {

    private final ClauseExecution execution;
    private final int jobs;

    ClauseScheduler(ClauseExecution execution, int jobs) {
        this.execution = execution;
        this.jobs = jobs;
    }

    /** The same scheduler, its JUnit Platform events going to {@code events}. */
    ClauseScheduler reportingTo(org.junit.platform.engine.EngineExecutionListener events) {
        return new ClauseScheduler(execution.reportingTo(events), jobs);
    }

    /**
     * Whether profiles may run side by side ({@link ProfilesSideBySide}): when tests run side by side at all
     * and the platform states no limit ({@code platformLimit} null) — {@code maxConcurrency} caps the tests of
     * one profile at a time, and a second profile beside it would exceed it.
     */
    boolean profilesSideBySide(Integer platformLimit) {
        return jobs > 1 && platformLimit == null;
    }

    /** How many clauses run at once: what the run asks, capped by the platform's limit (null: none). */
    static int jobs(int asked, Integer platformLimit) {
        return platformLimit == null ? asked : Math.max(1, Math.min(asked, platformLimit));
    }

    /** Runs {@code clauses} (the profile's top-level tests, in declaration order) and returns their results. */
    List<ClauseResult> run(Profile profile, List<ClauseDescriptor> clauses) {
        int lanes = lanes(profile);
        ClauseExecution execution = this.execution.inLanes(new Lanes(lanes));
        if (jobs <= 1 || lanes <= 1 || clauses.size() <= 1 || !Isolation.byLane(profile)) {
            List<ClauseResult> results = new ArrayList<>();
            clauses.forEach(clause -> results.addAll(execution.execute(profile, clause)));
            return results;
        }
        int workers = Math.min(jobs, clauses.size());
        // one permit per running clause; an exclusive clause takes them all, so it runs alone. Permits are
        // taken here, in declaration order, so a clause starts in its turn and never waits on the pool.
        Semaphore running = new Semaphore(workers);
        try (InOrder inOrder = new InOrder(execution.listener(), "thingconform-" + profile.id(), workers)) {
            for (ClauseDescriptor clause : clauses) {
                int permits = clause.clause().exclusive() ? workers : 1;
                running.acquireUninterruptibly(permits);
                inOrder.start(events -> {
                    try {
                        return execution.reportingTo(events).execute(profile, clause);
                    } finally {
                        running.release(permits);
                    }
                });
            }
            return inOrder.results();
        }
    }

    /**
     * How many lanes the profile's tests may use ({@link Lanes}): as many as run side by side, when every
     * device role of the profile has that many devices (a profile without devices needs none of its own).
     */
    private int lanes(Profile profile) {
        PlatformSession platform = execution.platform();
        return platform == null ? 1 : Lanes.count(profile, platform.descriptor(), jobs);
    }
}
