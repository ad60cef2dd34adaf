package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.thingconform.device.SimulatedDevice;
import org.thingconform.engine.ClauseContext;
import org.thingconform.profile.step.PostPropertiesStep;
import org.thingconform.profile.step.TokenUse;

/**
 * A device posts property values and checks the platform's reply code and id. A post without
 * or with a wrong token (CoAP, HTTP) checks only the response code: the platform must refuse it.
 * A post with a {@code time} carries each value as {@code {value, time}}, the time taken relative
 * to the clause's time base.
 */
final class PostPropertiesExecutor implements StepExecutor<PostPropertiesStep> {

    @Override
    public void execute(PostPropertiesStep step, ClauseContext context) {
        SimulatedDevice device = Devices.connected(context, step.device());
        if (step.tokenUse() != TokenUse.VALID) {
            Devices.checkResponse(device.postProperties(step.values(), step.tokenUse()), step.expect());
            return;
        }
        SimulatedDevice.Request request = device.postProperties(step.time() == null ? step.values()
                : timed(step.values(), context.timeBase() + step.time()));
        Devices.checkReply(device, request, step.expect());
    }

    /** Each value as {@code {value, time}}: measured at {@code time} (UTC milliseconds). */
    private static ObjectNode timed(ObjectNode values, long time) {
        ObjectNode timed = values.objectNode();
        values.fields().forEachRemaining(e -> timed.putObject(e.getKey()).put("time", time).set("value", e.getValue()));
        return timed;
    }
}
