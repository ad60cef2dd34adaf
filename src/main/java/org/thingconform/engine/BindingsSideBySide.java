package org.thingconform.engine;

import java.util.ArrayList;
import java.util.List;
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
        ExecutorService threads = Executors.newFixedThreadPool(bindings.size(), SideBySide.threads("thingconform-binding"));
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
                results.add(SideBySide.outcome(pending.get(i)));
                events.get(i).replayTo(execution.listener());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
