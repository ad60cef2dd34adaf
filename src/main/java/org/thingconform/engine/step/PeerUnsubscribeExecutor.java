package org.thingconform.engine.step;

import java.util.Map;
import org.thingconform.engine.ClauseContext;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.PeerUnsubscribeStep;

/** The peer cancels a subscription ({@code unsubscribe}, by {@code {subscriptionId}}): accepted. */
final class PeerUnsubscribeExecutor implements StepExecutor<PeerUnsubscribeStep> {

    @Override
    public void execute(PeerUnsubscribeStep step, ClauseContext context) {
        Subscriptions.Subscription subscription = Subscriptions.of(context, step.subscription());
        int received = context.callbacks().deliveries(subscription.callback()).size();
        NorthboundResponse response = context.interconnection().call("unsubscribe",
                new java.util.HashMap<>(Map.of("subscriptionId", subscription.id(),
                        "deviceId", Peers.deviceId(context, subscription.device()))), null);
        Peers.requireSuccess(response, "the peer's cancellation of subscription '" + step.subscription() + "'");
        Subscriptions.cancelledAt(context, step.subscription(), received);
    }
}
