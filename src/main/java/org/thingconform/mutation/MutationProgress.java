package org.thingconform.mutation;

import java.time.Duration;
import java.util.List;

/**
 * Told when each run of a mutation finishes, so a command line can show progress while the
 * (minute-long) mutation runs.
 */
@FunctionalInterface
public interface MutationProgress {

    /** Ignores every run. */
    MutationProgress NONE = (fault, outcomes, elapsed) -> {
    };

    /**
     * @param fault    the fault that was on; null for the fault-free run
     * @param outcomes the verdict of every selected clause
     * @param elapsed  how long the run took
     */
    void runFinished(String fault, List<ClauseOutcome> outcomes, Duration elapsed);
}
