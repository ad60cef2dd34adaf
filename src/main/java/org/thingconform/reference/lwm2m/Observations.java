package org.thingconform.reference.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.coap.Response;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.core.observe.NotificationListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The observations the server holds, by token. Californium keeps the CoAP side (its observation store
 * acknowledges a known token's notifications and answers an unknown one's with RST); this class turns
 * notifications into northbound events and drops observations whose registration is gone.
 */
final class Observations implements NotificationListener {

    private static final Logger LOG = LoggerFactory.getLogger(Observations.class);

    private final Map<String, Observation> byId = new ConcurrentHashMap<>();
    private final CoapEndpoint endpoint;
    private final Registrations registrations;
    private final Outcomes outcomes;
    private final EventHub events;
    private final Predicate<Lwm2mFault> faults;

    Observations(CoapEndpoint endpoint, Registrations registrations, Outcomes outcomes, EventHub events,
                 Predicate<Lwm2mFault> faults) {
        this.endpoint = endpoint;
        this.registrations = registrations;
        this.outcomes = outcomes;
        this.events = events;
        this.faults = faults;
        endpoint.addNotificationListener(this);
    }

    void add(Observation observation) {
        byId.put(observation.id(), observation);
    }

    /** The observations of registration {@code registrationId} on {@code path} (all paths when it is null). */
    List<Observation> of(String registrationId, String path) {
        return byId.values().stream().filter(o -> o.registrationId().equals(registrationId))
                .filter(o -> path == null || o.path().toString().equals(path)).toList();
    }

    /** Forgets {@code observation}: Californium answers its next notification with RST (passive cancel). */
    void forget(Observation observation) {
        byId.remove(observation.id());
        endpoint.cancelObservation(observation.token());
    }

    /** Drops every observation of a registration that is gone. */
    void registrationRemoved(Registration registration) {
        of(registration.id(), null).forEach(this::forget);
    }

    @Override
    public void onNotification(Request request, Response response) {
        Observation observation = byId.get(response.getToken().getAsString());
        if (observation == null || faults.test(Lwm2mFault.DROP_NOTIFICATIONS)) {
            return;
        }
        ClientReply reply = ClientReply.of(response);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        try {
            registrations.byId(observation.registrationId()).ifPresent(registration ->
                    outcomes.addContent(body, reply, observation.path(), registration.model(), observation.format()));
        } catch (ApiError e) {
            LOG.warn("notification of {} for {} not decoded: {}", observation.endpoint(), observation.path(),
                    e.getMessage());
            return;
        }
        JsonNode value = body.has("value") ? body.get("value") : body.has("resources") ? body.get("resources")
                : body.get("instances");
        events.publish(new Lwm2mEvent("notification", observation.endpoint(), observation.registrationId(),
                observation.path().toString(), value,
                observation.id(), registrations.now()));
    }
}
