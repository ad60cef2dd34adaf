package org.thingconform.engine.step;

import org.thingconform.engine.ClauseContext;
import org.thingconform.profile.step.Step;

/**
 * Carries out one kind of profile step. Returns normally when the step's expectation
 * holds; throws {@link org.thingconform.engine.StepFailure} otherwise.
 */
public interface StepExecutor<S extends Step> {

    void execute(S step, ClauseContext context);
}
