package org.thingconform.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.thingconform.result.ClauseResult;

/**
 * Runs the generated cases of one clause in the lanes the clause was given: each lane works through
 * the cases in declaration order, taking the next one not yet taken, with the devices of its own lane
 * kept connected across its cases ({@link DevicePool}). So waits for "nothing arrives" overlap while no
 * two cases share a device; with one lane the cases run one after the other on the caller's thread.
 */
final class CasesInLanes {

    /** One case to run with the devices of a lane. */
    interface Case {
        ClauseResult run(DevicePool devices);
    }

    private CasesInLanes() {
    }

    /** Runs {@code cases} over {@code lanes}, each lane with the pool {@code pools} opens for it; results in case order. */
    static List<ClauseResult> run(List<Case> cases, List<Integer> lanes, IntFunction<DevicePool> pools) {
        ClauseResult[] results = new ClauseResult[cases.size()];
        AtomicInteger next = new AtomicInteger();
        int workers = Math.min(lanes.size(), cases.size());
        if (workers <= 1) {
            if (!cases.isEmpty()) {
                work(cases, results, next, pools, lanes.get(0));
            }
            return Arrays.asList(results);
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "thingconform-lane");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                int lane = lanes.get(i);
                running.add(pool.submit(() -> work(cases, results, next, pools, lane)));
            }
            for (Future<?> lane : running) {
                await(lane);
            }
            return Arrays.asList(results);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void work(List<Case> cases, ClauseResult[] results, AtomicInteger next, IntFunction<DevicePool> pools,
                             int lane) {
        try (DevicePool devices = pools.apply(lane)) {
            for (int i = next.getAndIncrement(); i < cases.size(); i = next.getAndIncrement()) {
                results[i] = cases.get(i).run(devices);
            }
        }
    }

    private static void await(Future<?> lane) {
        try {
            lane.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a lane's cases", e);
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
}
