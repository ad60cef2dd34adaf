package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.platform.PeerCallbackReceiver;
import org.thingconform.profile.step.PeerSubscribeStep;

/**
 * The peer subscribes to the data of a device ({@code subscribe}, with {@code {callbackUrl}}
 * on the peer's callback endpoint and {@code {pushSecret}} from the descriptor's push settings):
 * accepted with a subscription id. Scripts the callback's first failures when asked.
 */
final class PeerSubscribeExecutor implements StepExecutor<PeerSubscribeStep> {

    @Override
    public void execute(PeerSubscribeStep step, ClauseContext context) {
        PeerCallbackReceiver callbacks = context.callbacks();
        if (step.failFirst() > 0) {
            callbacks.failNext(step.saveAs(), step.failFirst(), step.failStatus());
        }
        Map<String, String> variables = Peers.variables(context, step.device(), null);
        variables.put("callbackUrl", callbacks.callbackUrl(step.saveAs()));
        context.interconnection().push().ifPresent(push -> variables.put("pushSecret", push.secret().reveal()));
        NorthboundResponse response = context.interconnection().call("subscribe", variables, null);
        String what = "the peer's subscription to device role '" + step.device() + "'";
        Peers.requireSuccess(response, what);
        JsonNode id = response.get("subscriptionId");
        if (id == null || !id.isValueNode() || id.asText().isBlank()) {
            throw StepFailure.fail("expected a subscription id in the answer to " + what + "; observed "
                    + Devices.quote(response.body()));
        }
        Subscriptions.save(context, step.saveAs(), new Subscriptions.Subscription(step.device(), id.asText(),
                step.saveAs()));
    }
}
