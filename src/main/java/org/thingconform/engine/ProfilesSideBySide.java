package org.thingconform.engine;

import java.util.List;
import java.util.function.BiFunction;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestExecutionResult;
import org.thingconform.result.ClauseResult;

/**
 * Runs the profiles of one run side by side where their tests cannot see each other
 * ({@link Isolation#apart}): a profile starts, in declaration order, once every running profile it is not
 * apart from has finished. Their events are handed on in profile order ({@link InOrder}), so the console
 * and the reports list the profiles as a run that takes them one after the other does.
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
        try (InOrder inOrder = new InOrder(listener, "thingconform-profile", 0)) {
            for (ProfileDescriptor profile : profiles) {
                for (int earlier = 0; earlier < inOrder.started(); earlier++) {
                    if (!Isolation.apart(profiles.get(earlier).profile(), profile.profile())) {
                        inOrder.await(earlier);
                    }
                }
                inOrder.start(events -> {
                    events.executionStarted(profile);
                    List<ClauseResult> ran = run.apply(profile, events);
                    events.executionFinished(profile, TestExecutionResult.successful());
                    return ran;
                });
            }
            return inOrder.results();
        }
    }
}
