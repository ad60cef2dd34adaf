package org.thingconform.engine.step;

import org.thingconform.device.SimulatedDevice;
import org.thingconform.engine.ClauseContext;
import org.thingconform.profile.step.PostPropertiesStep;
import org.thingconform.profile.step.TokenUse;

/**
 * A device posts property values and checks the platform's reply code and id. A post without
 * or with a wrong token (CoAP, HTTP) checks only the response code: the platform must refuse it.
 */
final class PostPropertiesExecutor implements StepExecutor<PostPropertiesStep> {

    @Override
    public void execute(PostPropertiesStep step, ClauseContext context) {
        SimulatedDevice device = Devices.connected(context, step.device());
        if (step.tokenUse() != TokenUse.VALID) {
            Devices.checkResponse(device.postProperties(step.values(), step.tokenUse()), step.expect());
            return;
        }
        SimulatedDevice.Request request = device.postProperties(step.values());
        Devices.checkReply(device, request, step.expect());
    }
}
