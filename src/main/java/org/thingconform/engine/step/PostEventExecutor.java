package org.thingconform.engine.step;

import org.thingconform.device.SimulatedDevice;
import org.thingconform.engine.ClauseContext;
import org.thingconform.profile.step.PostEventStep;

/** A device posts an event and checks the platform's reply code and id. */
final class PostEventExecutor implements StepExecutor<PostEventStep> {

    @Override
    public void execute(PostEventStep step, ClauseContext context) {
        SimulatedDevice device = Devices.connected(context, step.device());
        SimulatedDevice.Request request = device.postEvent(step.event(), step.values());
        Devices.checkReply(device, request, step.expect());
    }
}
