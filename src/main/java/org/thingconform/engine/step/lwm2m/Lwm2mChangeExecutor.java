package org.thingconform.engine.step.lwm2m;

import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.profile.step.Lwm2mChangeStep;

/**
 * Carries out {@code lwm2mChange}: the simulated client sets a resource to a new value, so its Observe
 * relations on it notify the server (the client decides when, by the notification attributes). A value
 * the resource's type cannot take, or a path outside the client's objects, is the profile's error.
 */
public final class Lwm2mChangeExecutor implements StepExecutor<Lwm2mChangeStep> {

    @Override
    public void execute(Lwm2mChangeStep step, ClauseContext context) {
        try {
            Lwm2mClients.of(context).client(step.client()).tree().set(step.path(), step.value());
        } catch (IllegalArgumentException e) {
            throw StepFailure.error("client '" + step.client() + "' cannot set " + step.path() + " to " + step.value()
                    + ": " + e.getMessage());
        }
    }
}
