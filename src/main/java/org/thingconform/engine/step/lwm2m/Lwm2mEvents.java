package org.thingconform.engine.step.lwm2m;

import java.util.LinkedHashMap;
import java.util.Map;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.Lwm2mEventLog;
import org.thingconform.platform.Lwm2mEventStream;
import org.thingconform.platform.Lwm2mEventSubscription;
import org.thingconform.profile.step.Lwm2mAwaitEventStep;
import org.thingconform.profile.step.Lwm2mExpectNoEventStep;
import org.thingconform.profile.step.Step;

/**
 * The server's event streams one clause run has open, one per client endpoint: opened by the first step
 * that needs one (a client's Register, when the clause awaits that client's events, so its registration
 * event is not missed; else the first event step), closed with the clause. Every event goes to the clause's
 * trace.
 */
final class Lwm2mEvents implements AutoCloseable {

    private static final String KEY = "lwm2m.events";

    private final Map<String, Lwm2mEventSubscription> byEndpoint = new LinkedHashMap<>();

    static Lwm2mEvents of(ClauseContext context) {
        return context.state(KEY, Lwm2mEvents.class, Lwm2mEvents::new);
    }

    /** Opens client {@code name}'s stream now when a step of the clause awaits (or rules out) its events. */
    void openIfWatched(ClauseContext context, String name) {
        if (context.plan().stream().anyMatch(step -> watches(step, name))) {
            log(context, name);
        }
    }

    /** The events of client {@code name}, its stream opened on first use; a step ERROR when none is described. */
    synchronized Lwm2mEventLog log(ClauseContext context, String name) {
        Lwm2mClients clients = Lwm2mClients.of(context);
        String endpoint = clients.endpoint(name);
        Lwm2mEventSubscription open = byEndpoint.get(endpoint);
        if (open != null) {
            return open.log();
        }
        Lwm2mEventStream stream = Lwm2mClients.server(context).events();
        if (stream == null) {
            throw StepFailure.error("the platform descriptor describes no event stream of the LwM2M server (key "
                    + "'lwm2m.events'), which this step watches");
        }
        Lwm2mEventSubscription subscription = Lwm2mEventSubscription.open(Lwm2mClients.server(context).api(),
                clients.api(context).credentialHeaders(), stream, endpoint, context.trace(),
                context.profile().timeouts().northbound());
        byEndpoint.put(endpoint, subscription);
        return subscription.log();
    }

    /** The server's name of event kind {@code kind}; a step ERROR when the descriptor does not map it. */
    static String serverName(ClauseContext context, String kind) {
        Lwm2mEventStream stream = Lwm2mClients.server(context).events();
        String name = stream == null ? null : stream.kinds().get(kind);
        if (name == null) {
            throw StepFailure.error("the platform descriptor's event stream (lwm2m.events.kinds) names no '" + kind
                    + "' event, which this step watches");
        }
        return name;
    }

    private static boolean watches(Step step, String name) {
        return step instanceof Lwm2mAwaitEventStep await && await.client().equals(name)
                || step instanceof Lwm2mExpectNoEventStep none && none.client().equals(name);
    }

    @Override
    public synchronized void close() {
        byEndpoint.values().forEach(Lwm2mEventSubscription::close);
        byEndpoint.clear();
    }
}
