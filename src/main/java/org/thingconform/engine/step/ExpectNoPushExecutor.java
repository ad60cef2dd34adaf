package org.thingconform.engine.step;

import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.profile.step.ExpectNoPushStep;

/**
 * Nothing arrives for a cancelled subscription: no delivery to its callback since the
 * cancellation, watched for the quiet period (event-driven: the wait ends early on a delivery).
 */
final class ExpectNoPushExecutor implements StepExecutor<ExpectNoPushStep> {

    @Override
    public void execute(ExpectNoPushStep step, ClauseContext context) {
        Subscriptions.Subscription subscription = Subscriptions.of(context, step.subscription());
        int cancelledAt = Subscriptions.cancelledAt(context, step.subscription());
        context.callbacks().await(subscription.callback(), cancelledAt, step.quietPeriod()).ifPresent(push -> {
            throw StepFailure.fail("expected nothing more on the callback of subscription '" + step.subscription()
                    + "' after the peer cancelled it (watched " + step.quietPeriod().toMillis() + " ms); observed a push "
                    + Devices.quote(push.text()));
        });
    }
}
