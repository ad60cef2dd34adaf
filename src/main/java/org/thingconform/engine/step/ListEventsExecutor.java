package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.JsonMatch;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.ListEventsStep;

/** Lists a device's events northbound; one of them must carry the expected output values. */
final class ListEventsExecutor implements StepExecutor<ListEventsStep> {

    @Override
    public void execute(ListEventsStep step, ClauseContext context) {
        NorthboundResponse response = context.northbound().call("listEvents",
                Devices.variables(context, step.device(), step.event()), null);
        if (!response.success()) {
            throw StepFailure.fail("expected listEvents to succeed; observed HTTP " + response.status() + " "
                    + Devices.quote(response.body()));
        }
        JsonNode events = response.get("events");
        if (events == null || !events.isArray()) {
            throw StepFailure.fail("expected a list of " + step.event() + " events; observed "
                    + Devices.quote(response.body()));
        }
        for (JsonNode event : events) {
            if (JsonMatch.missingOrDifferent(step.expectContains(), event).isEmpty()) {
                return;
            }
        }
        throw StepFailure.fail("expected a " + step.event() + " event with " + step.expectContains()
                + " northbound; observed " + events.size() + " event(s): " + Devices.quote(events));
    }
}
