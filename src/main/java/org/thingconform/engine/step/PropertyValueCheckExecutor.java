package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.thingconform.device.Reply;
import org.thingconform.device.SimulatedDevice;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.JsonMatch;
import org.thingconform.engine.StepFailure;
import org.thingconform.profile.Generation;
import org.thingconform.profile.step.PropertyValueCheckStep;

/**
 * Posts one generated property value and checks the outcome the clause expects, then
 * reads the property back northbound: an accepted value must be stored as sent, a
 * rejected one must leave the earlier value in place.
 */
final class PropertyValueCheckExecutor implements StepExecutor<PropertyValueCheckStep> {

    @Override
    public void execute(PropertyValueCheckStep step, ClauseContext context) {
        SimulatedDevice device = Devices.connected(context, step.device());
        ObjectNode values = JsonNodeFactory.instance.objectNode().set(step.property(), step.value());
        SimulatedDevice.Request request = device.postProperties(values);
        Reply reply = Outcomes.reply(device, request);
        boolean success = reply.code() != null && reply.code() == device.successCode();
        JsonNode stored = Devices.readValues(context, step.device()).get(step.property());
        String sent = step.property() + "=" + step.value();
        if (step.outcome() == Generation.Outcome.ACCEPTED) {
            Outcomes.requireSuccess(device, request, reply, sent);
            if (!JsonMatch.same(step.value(), stored)) {
                throw StepFailure.fail("expected " + sent + " to be stored; observed " + step.property() + "=" + stored
                        + " northbound");
            }
            return;
        }
        if (success && step.coercesTo() != null) {
            if (!JsonMatch.same(step.coercesTo(), stored)) {
                throw StepFailure.fail("expected " + sent + " to be rejected, or coerced and stored as " + step.coercesTo()
                        + "; observed code " + reply.code() + " and " + step.property() + "=" + stored + " northbound");
            }
            return;
        }
        Outcomes.requireRejection(device, reply, step.code(), sent);
        if (!JsonMatch.same(step.previous(), stored)) {
            throw StepFailure.fail("expected the rejected " + sent + " not to be stored, leaving " + step.property() + "="
                    + step.previous() + "; observed " + step.property() + "=" + stored + " northbound");
        }
    }
}
