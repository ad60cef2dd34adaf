package org.thingconform.engine.step;

import org.thingconform.device.Downlink;
import org.thingconform.device.SimulatedDevice;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.JsonMatch;
import org.thingconform.engine.StepFailure;
import org.thingconform.profile.step.AwaitDownlinkStep;

/**
 * Waits, event-driven, for a downlink request at the device, checks its params are
 * exactly the expected ones, then answers it. When none comes, the reason names what the device
 * received instead (a call of another service, a request on another flow's topic).
 */
final class AwaitDownlinkExecutor implements StepExecutor<AwaitDownlinkStep> {

    @Override
    public void execute(AwaitDownlinkStep step, ClauseContext context) {
        SimulatedDevice device = Devices.connected(context, step.device());
        boolean set = step.flow() == AwaitDownlinkStep.Flow.PROPERTY_SET;
        boolean sync = !set && Devices.sync(context, step.device(), step.service());
        String topic = set ? device.topic("propertySet", null) : device.topic(device.serviceFlow(sync), step.service());
        Downlink request = (set ? device.awaitPropertySet() : device.awaitServiceCall(step.service(), sync))
                .orElseThrow(() -> StepFailure.fail("expected a downlink request on " + topic
                        + " within the reply timeout; observed none" + NearMisses.receivedInstead(device.unclaimed())));
        String raw = request.message().raw();
        if (request.message().problem() != null) {
            throw StepFailure.fail("expected a JSON request on " + topic + "; observed '" + raw + "' ("
                    + request.message().problem() + ")");
        }
        if (request.id() == null) {
            throw StepFailure.fail("expected the downlink request to carry an id; observed " + raw);
        }
        if (!JsonMatch.same(step.expectParams(), request.params())) {
            throw StepFailure.fail("expected the device to receive params " + step.expectParams() + " exactly; observed "
                    + Devices.quote(request.params()) + " in " + Devices.quote(raw));
        }
        Devices.checkRequestResponse(device, request);
        device.answer(request, step.service(), step.replyCode() == null ? device.successCode() : step.replyCode(),
                step.replyData());
    }
}
