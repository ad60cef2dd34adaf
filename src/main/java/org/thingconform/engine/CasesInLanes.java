package org.thingconform.engine;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.thingconform.result.ClauseResult;

/**
 * Runs the generated cases of one clause in lanes ({@link Lanes}): a lane works through the cases in
 * declaration order, taking the next one not yet taken, with the devices of its own lane kept connected
 * across its cases ({@link DevicePool}). The clause starts in one lane; while cases wait, each lane that
 * starts a case takes in another lane if one is free, and gives its lane back as soon as no case is left.
 * So waits for "nothing arrives" overlap while no two cases share a device. Cases that may not run apart,
 * or a run with one lane, run one after the other on the caller's thread.
 */
final class CasesInLanes {

    /** One case to run with the devices of a lane. */
    interface Case {
        ClauseResult run(DevicePool devices);
    }

    private final List<Case> cases;
    private final Lanes lanes;
    private final IntFunction<DevicePool> pools;
    private final ClauseResult[] results;
    private final AtomicInteger next = new AtomicInteger();
    private final Phaser running = new Phaser(1);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private ExecutorService threads;

    private CasesInLanes(List<Case> cases, Lanes lanes, IntFunction<DevicePool> pools) {
        this.cases = cases;
        this.lanes = lanes;
        this.pools = pools;
        this.results = new ClauseResult[cases.size()];
    }

    /**
     * Runs {@code cases} in {@code lanes} (spread over as many as come free when {@code apart}, else in one),
     * each lane with the pool {@code pools} opens for it; the results in case order.
     */
    static List<ClauseResult> run(List<Case> cases, Lanes lanes, boolean apart, IntFunction<DevicePool> pools) {
        CasesInLanes run = new CasesInLanes(cases, lanes, pools);
        if (cases.isEmpty()) {
            return List.of();
        }
        int first = lanes.take();
        if (!apart || lanes.count() == 1 || cases.size() == 1) {
            try (DevicePool devices = pools.apply(first)) {
                for (int i = 0; i < cases.size(); i++) {
                    run.results[i] = cases.get(i).run(devices);
                }
            } finally {
                lanes.release(first);
            }
            return Arrays.asList(run.results);
        }
        return run.spread(first);
    }

    private List<ClauseResult> spread(int first) {
        threads = Executors.newCachedThreadPool(SideBySide.threads("thingconform-lane"));
        try {
            start(first);
            running.arriveAndAwaitAdvance();
        } finally {
            threads.shutdownNow();
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException r) {
            throw r;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        return Arrays.asList(results);
    }

    private void start(int lane) {
        running.register();
        threads.execute(() -> work(lane));
    }

    private void work(int lane) {
        try (DevicePool devices = pools.apply(lane)) {
            for (int i = next.getAndIncrement(); i < cases.size() && failure.get() == null; i = next.getAndIncrement()) {
                if (next.get() < cases.size()) {
                    lanes.poll().ifPresent(this::start);
                }
                results[i] = cases.get(i).run(devices);
            }
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        } finally {
            lanes.release(lane);
            running.arriveAndDeregister();
        }
    }
}
