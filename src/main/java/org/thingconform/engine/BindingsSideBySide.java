package org.thingconform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.thingconform.result.ClauseResult;

/**
 * Runs the binding runs of one clause (its children in the JUnit tree) side by side, each on a thread of
 * its own whose tests take lanes as they run ({@link Lanes}), and hands their JUnit Platform events on in
 * declaration order ({@link DeferredEvents}), as a run that takes the bindings one after the other does.
 */
final class BindingsSideBySide {

    private BindingsSideBySide() {
    }

    /**
     * Runs {@code run} for each of {@code bindings} with {@code execution} reporting to a deferred listener;
     * returns each binding's results in order, after its events were handed on to {@code execution}'s listener.
     */
    static List<List<ClauseResult>> run(List<ClauseDescriptor> bindings, ClauseExecution execution,
                                        BiFunction<ClauseDescriptor, ClauseExecution, List<ClauseResult>> run) {
        ExecutorService threads = Executors.newFixedThreadPool(bindings.size(), task -> {
            Thread thread = new Thread(task, "thingconform-binding");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<DeferredEvents> events = new ArrayList<>();
            List<Future<List<ClauseResult>>> pending = new ArrayList<>();
            for (ClauseDescriptor binding : bindings) {
                DeferredEvents deferred = new DeferredEvents();
                events.add(deferred);
                ClauseExecution onThread = execution.reportingTo(deferred);
                pending.add(threads.submit(() -> run.apply(binding, onThread)));
            }
            List<List<ClauseResult>> results = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                results.add(outcome(pending.get(i)));
                events.get(i).replayTo(execution.listener());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    static <T> T outcome(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for tests running side by side", e);
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
