package org.thingconform.engine.step;

import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;

/**
 * What the subscription steps share: the subscriptions the peer made in the clause, how far
 * {@code awaitPush} has read each callback, and where each cancellation happened.
 */
final class Subscriptions {

    /** Saved-value prefixes; not valid saveAs names, so they cannot collide. */
    private static final String SUBSCRIPTION = "#peer-subscription:";
    private static final String READ = "#peer-push-read:";
    private static final String CANCELLED_AT = "#peer-push-cancelled-at:";

    private Subscriptions() {
    }

    /** A subscription: the device role, the platform's id for it, the callback name it pushes to. */
    record Subscription(String device, String id, String callback) {
    }

    static void save(ClauseContext context, String name, Subscription subscription) {
        context.save(SUBSCRIPTION + name, subscription);
        context.save(READ + name, 0);
    }

    static Subscription of(ClauseContext context, String name) {
        try {
            return context.saved(SUBSCRIPTION + name, Subscription.class);
        } catch (StepFailure notSaved) {
            throw StepFailure.inconclusive("subscription '" + name + "' was not made (its peerSubscribe did not pass)");
        }
    }

    /** How many deliveries to the callback of {@code name} awaitPush has read. */
    static int read(ClauseContext context, String name) {
        return context.saved(READ + name, Integer.class);
    }

    static void read(ClauseContext context, String name, int deliveries) {
        context.save(READ + name, deliveries);
    }

    /** How many deliveries the callback of {@code name} had received when the peer cancelled it. */
    static int cancelledAt(ClauseContext context, String name) {
        return context.saved(CANCELLED_AT + name, Integer.class);
    }

    static void cancelledAt(ClauseContext context, String name, int deliveries) {
        context.save(CANCELLED_AT + name, deliveries);
    }
}
