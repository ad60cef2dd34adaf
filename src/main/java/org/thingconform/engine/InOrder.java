package org.thingconform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.platform.engine.EngineExecutionListener;
import org.thingconform.result.ClauseResult;

/**
 * Tests started side by side and handed on in the order they were started: each task's JUnit Platform
 * events are kept ({@link DeferredEvents}) and passed to the listener once every task before it has
 * been handed on, so the console, Surefire and the reports list tests as a run that takes them one after
 * the other does, while the journal has each result as soon as it is decided. Profiles, clauses and a
 * clause's bindings all run side by side this way.
 */
final class InOrder implements AutoCloseable {

    private final EngineExecutionListener listener;
    private final ExecutorService threads;
    private final List<Future<List<ClauseResult>>> pending = new ArrayList<>();
    private final List<DeferredEvents> events = new ArrayList<>();
    private final List<ClauseResult> results = new ArrayList<>();
    private int handedOn;

    /** Tasks on threads named {@code threadName-n}, at most {@code threads} at once (0: as many as started). */
    InOrder(EngineExecutionListener listener, String threadName, int threads) {
        this.listener = listener;
        this.threads = threads > 0 ? Executors.newFixedThreadPool(threads, SideBySide.threads(threadName))
                : Executors.newCachedThreadPool(SideBySide.threads(threadName));
    }

    /** Starts {@code task}, which reports its events to the listener it is given; then hands on what has finished. */
    void start(Function<EngineExecutionListener, List<ClauseResult>> task) {
        DeferredEvents deferred = new DeferredEvents();
        events.add(deferred);
        pending.add(threads.submit(() -> task.apply(deferred)));
        while (handedOn < pending.size() && pending.get(handedOn).isDone()) {
            handOn();
        }
    }

    /** How many tasks were started. */
    int started() {
        return pending.size();
    }

    /** Waits for the task started as number {@code index} (from 0) to finish. */
    void await(int index) {
        SideBySide.outcome(pending.get(index));
    }

    /** Waits for every task, hands all on, and returns their results in the order the tasks were started. */
    List<ClauseResult> results() {
        while (handedOn < pending.size()) {
            handOn();
        }
        return results;
    }

    private void handOn() {
        results.addAll(SideBySide.outcome(pending.get(handedOn)));
        events.get(handedOn++).replayTo(listener);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
