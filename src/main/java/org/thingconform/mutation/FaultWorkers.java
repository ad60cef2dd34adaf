package org.thingconform.mutation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.thingconform.platform.EmbeddedPlatform;
import org.thingconform.platform.FaultInfo;

/**
 * Runs the runs of a mutation (the fault-free one and one per fault) on several platforms at once:
 * each worker starts its own platform (its own ports and fault switch), then takes the next run
 * not yet taken until none is left, and stops its platform. The outcomes come back in the order of
 * the runs, whichever worker finished first. A run that throws stops the workers from taking more
 * runs, and the first such error is thrown once every worker has stopped its platform.
 */
final class FaultWorkers {

    /** The most workers {@link #defaultCount()} gives: each runs a platform of its own. */
    static final int MAX_DEFAULT = 4;

    private final int workers;
    private final IntFunction<EmbeddedPlatform> platforms;

    /**
     * @param workers   how many platforms run side by side (at least 1)
     * @param platforms starts the platform of worker {@code i} (0 … workers-1)
     */
    FaultWorkers(int workers, IntFunction<EmbeddedPlatform> platforms) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        this.workers = workers;
        this.platforms = platforms;
    }

    /**
     * Two workers per available processor, at most {@value #MAX_DEFAULT}: a run mostly waits (for
     * replies, quiet periods, timeouts), so a processor serves more than one worker; on two cores, the
     * TSL mutation on one platform keeps a third of one core busy, on four platforms less than one.
     */
    static int defaultCount() {
        return Math.min(MAX_DEFAULT, 2 * Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs {@code run} for every entry of {@code runs} (null: the fault-free run) on the workers'
     * platforms, which are closed when no run is left.
     *
     * @return the outcomes of each run, in the order of {@code runs}
     */
    List<List<ClauseOutcome>> runAll(List<FaultInfo> runs,
            BiFunction<EmbeddedPlatform, FaultInfo, List<ClauseOutcome>> run) {
        @SuppressWarnings("unchecked")
        List<ClauseOutcome>[] outcomes = new List[runs.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < Math.min(workers, Math.max(1, runs.size())); w++) {
            int worker = w;
            Thread thread = new Thread(() -> {
                try (EmbeddedPlatform platform = platforms.apply(worker)) {
                    for (int i = next.getAndIncrement(); i < runs.size() && failure.get() == null;
                            i = next.getAndIncrement()) {
                        outcomes[i] = run.apply(platform, runs.get(i));
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }, "thingconform-mutation-worker-" + worker);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                threads.forEach(Thread::interrupt);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the mutation's workers ran", e);
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return Arrays.asList(outcomes);
    }
}
