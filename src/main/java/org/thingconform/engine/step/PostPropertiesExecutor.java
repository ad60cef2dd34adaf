package org.thingconform.engine.step;

import org.thingconform.device.SimulatedDevice;
import org.thingconform.engine.ClauseContext;
import org.thingconform.profile.step.PostPropertiesStep;

/** A device posts property values and checks the platform's reply code and id. */
final class PostPropertiesExecutor implements StepExecutor<PostPropertiesStep> {

    @Override
    public void execute(PostPropertiesStep step, ClauseContext context) {
        SimulatedDevice device = Devices.connected(context, step.device());
        SimulatedDevice.Request request = device.postProperties(step.values());
        Devices.checkReply(device, request, step.expect());
    }
}
