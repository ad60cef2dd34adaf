package org.thingconform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestExecutionResult;
import org.thingconform.result.ClauseResult;

/**
 * Runs the profiles of one run side by side where their tests cannot see each other
 * ({@link Isolation#apart}): a profile starts, in declaration order, once every running profile it is not
 * apart from has finished. Each profile's JUnit Platform events are kept and handed on in declaration
 * order ({@link DeferredEvents}), so the console and the reports list the profiles as a run that takes
 * them one after the other does.
 */
final class ProfilesSideBySide {

    private ProfilesSideBySide() {
    }

    /**
     * Runs every profile with {@code run} (the profile, and the listener its events go to) and returns the
     * results in profile order, the events handed on to {@code listener}.
     */
    static List<ClauseResult> run(List<ProfileDescriptor> profiles, EngineExecutionListener listener,
                                  BiFunction<ProfileDescriptor, EngineExecutionListener, List<ClauseResult>> run) {
        ExecutorService threads = Executors.newCachedThreadPool(SideBySide.threads("thingconform-profile"));
        List<Future<List<ClauseResult>>> pending = new ArrayList<>();
        List<DeferredEvents> events = new ArrayList<>();
        List<ClauseResult> results = new ArrayList<>();
        int reported = 0;
        try {
            for (ProfileDescriptor profile : profiles) {
                for (int earlier = reported; earlier < pending.size(); earlier++) {
                    if (!Isolation.apart(profiles.get(earlier).profile(), profile.profile())) {
                        SideBySide.outcome(pending.get(earlier));
                    }
                }
                DeferredEvents deferred = new DeferredEvents();
                events.add(deferred);
                pending.add(threads.submit(() -> {
                    deferred.executionStarted(profile);
                    List<ClauseResult> ran = run.apply(profile, deferred);
                    deferred.executionFinished(profile, TestExecutionResult.successful());
                    return ran;
                }));
                while (reported < pending.size() && pending.get(reported).isDone()) {
                    results.addAll(SideBySide.outcome(pending.get(reported)));
                    events.get(reported++).replayTo(listener);
                }
            }
            for (; reported < pending.size(); reported++) {
                results.addAll(SideBySide.outcome(pending.get(reported)));
                events.get(reported).replayTo(listener);
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
