package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import org.thingconform.device.Reply;
import org.thingconform.device.SimulatedDevice;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.JsonMatch;
import org.thingconform.engine.StepFailure;
import org.thingconform.profile.Generation;
import org.thingconform.profile.step.EventValueCheckStep;

/** Posts an event with generated output data; it must be accepted and listed, or rejected and not listed. */
final class EventValueCheckExecutor implements StepExecutor<EventValueCheckStep> {

    @Override
    public void execute(EventValueCheckStep step, ClauseContext context) {
        SimulatedDevice device = Devices.connected(context, step.device());
        SimulatedDevice.Request request = device.postEvent(step.event(), step.outputs());
        Reply reply = Outcomes.reply(device, request);
        String sent = step.event() + " " + step.outputs();
        boolean listed = false;
        for (JsonNode event : Devices.listEvents(context, step.device(), step.event())) {
            listed |= JsonMatch.same(step.outputs(), event);
        }
        if (step.outcome() == Generation.Outcome.ACCEPTED) {
            Outcomes.requireSuccess(device, request, reply, sent);
            if (!listed) {
                throw StepFailure.fail("expected the accepted event " + sent + " to be listed northbound; observed it missing");
            }
            return;
        }
        Outcomes.requireRejection(device, reply, step.code(), sent);
        if (listed) {
            throw StepFailure.fail("expected the rejected event " + sent + " not to be stored; observed it listed northbound");
        }
    }
}
