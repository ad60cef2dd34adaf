package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.JsonMatch;
import org.thingconform.engine.StepFailure;
import org.thingconform.profile.step.ListEventsStep;

/** Lists a device's events northbound; one of them must carry the expected output values. */
final class ListEventsExecutor implements StepExecutor<ListEventsStep> {

    @Override
    public void execute(ListEventsStep step, ClauseContext context) {
        JsonNode events = Devices.listEvents(context, step.device(), step.event());
        for (JsonNode event : events) {
            if (JsonMatch.missingOrDifferent(step.expectContains(), event).isEmpty()) {
                return;
            }
        }
        throw StepFailure.fail("expected a " + step.event() + " event with " + step.expectContains()
                + " northbound; observed " + events.size() + " event(s): " + Devices.quote(events));
    }
}
