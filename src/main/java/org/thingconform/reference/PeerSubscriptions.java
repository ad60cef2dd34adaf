package org.thingconform.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.thingconform.platform.Secret;

/**
 * The peer's subscriptions to the data of shared devices, and the pushes they cause: each
 * property or event post a subscribed device makes is pushed to the subscription's callback
 * in the common format
 * <pre>
 * {"deviceId": "…", "kind": "property", "time": ms, "values": {"voltage": 220.5}, "messageId": "…"}
 * {"deviceId": "…", "kind": "event", "event": "overVoltage", "time": ms, "values": {…outputs}, "messageId": "…"}
 * </pre>
 * signed with the secret the peer gave when it subscribed (see {@link PushDispatcher}).
 */
final class PeerSubscriptions implements UplinkObserver {

    /** One subscription: the device (by peer id), where to push, and the signing secret (or null). */
    private record Subscription(String id, String deviceId, URI callback, Secret secret) {
    }

    private final FaultSwitch faults;
    private final PushDispatcher dispatcher;
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong messageIds = new AtomicLong();

    PeerSubscriptions(FaultSwitch faults, PushDispatcher dispatcher) {
        this.faults = faults;
        this.dispatcher = dispatcher;
    }

    /**
     * Subscribes the peer to {@code device}: the body names {@code callbackUrl} (an http or https URL
     * on a loopback address) and optionally the {@code secret} pushes are signed with.
     */
    ApiResponse subscribe(RegisteredDevice device, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ApiException(400, "the body must be a JSON object {\"deviceId\", \"callbackUrl\", \"secret\"}");
        }
        URI callback = callback(body.path("callbackUrl"));
        JsonNode secret = body.get("secret");
        if (secret != null && !secret.isNull() && (!secret.isTextual() || secret.asText().isEmpty())) {
            throw new ApiException(400, "secret must be a non-empty string");
        }
        Subscription subscription = new Subscription("s" + ids.incrementAndGet(), device.peerId(), callback,
                secret == null || secret.isNull() ? null : new Secret(secret.asText()));
        subscriptions.put(subscription.id(), subscription);
        ObjectNode answer = Json.object();
        answer.put("subscriptionId", subscription.id());
        answer.put("deviceId", device.peerId());
        return new ApiResponse(201, answer);
    }

    /** Cancels a subscription: nothing more is pushed for it, not even what is still queued. */
    ApiResponse unsubscribe(String id) {
        if (!subscriptions.containsKey(id)) {
            throw new ApiException(404, "unknown subscription '" + id + "'");
        }
        if (!faults.on(Fault.PUSH_AFTER_UNSUBSCRIBE)) {
            subscriptions.remove(id);
        }
        ObjectNode answer = Json.object();
        answer.put("subscriptionId", id);
        answer.put("status", "cancelled");
        return new ApiResponse(200, answer);
    }

    /** Forgets every subscription and every push not yet delivered. */
    void clear() {
        subscriptions.clear();
        dispatcher.clear();
    }

    @Override
    public void propertiesStored(RegisteredDevice device, Map<String, ThingState.TimedValue> values) {
        ObjectNode pushed = Json.object();
        long time = 0;
        for (Map.Entry<String, ThingState.TimedValue> value : values.entrySet()) {
            pushed.set(value.getKey(), value.getValue().value().deepCopy());
            time = Math.max(time, value.getValue().time());
        }
        push(device, "property", null, time, pushed);
    }

    @Override
    public void eventStored(RegisteredDevice device, ThingState.EventRecord event) {
        ObjectNode values = event.params().deepCopy();
        if (faults.on(Fault.PUSH_DROPS_EVENT_FIELDS) && values.size() > 0) {
            String last = null;
            for (java.util.Iterator<String> names = values.fieldNames(); names.hasNext(); ) {
                last = names.next();
            }
            values.remove(last);
        }
        push(device, "event", event.identifier(), event.time(), values);
    }

    private void push(RegisteredDevice device, String kind, String event, long time, ObjectNode values) {
        for (Subscription subscription : subscriptions.values()) {
            if (!subscription.deviceId().equals(device.peerId())) {
                continue;
            }
            String id = subscription.id();
            ObjectNode body = Json.object();
            body.put("deviceId", faults.on(Fault.PUSH_USES_INTERNAL_ID)
                    ? device.identity().productKey() + "/" + device.identity().deviceName() : device.peerId());
            body.put("kind", kind);
            if (event != null) {
                body.put("event", event);
            }
            body.put("time", time);
            body.set("values", values);
            body.put("messageId", "m" + messageIds.incrementAndGet());
            dispatcher.submit(new PushDispatcher.Push(id, subscription.callback(), Json.bytes(body), subscription.secret(),
                    () -> subscriptions.containsKey(id)));
        }
    }

    private static URI callback(JsonNode url) {
        if (!url.isTextual() || url.asText().isBlank()) {
            throw new ApiException(400, "callbackUrl is missing: the URL pushes are POSTed to");
        }
        URI uri;
        try {
            uri = URI.create(url.asText());
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "callbackUrl '" + url.asText() + "' is not a URL");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new ApiException(400, "callbackUrl must be an http(s) URL with a host, got '" + url.asText() + "'");
        }
        try {
            if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                throw new ApiException(400, "callbackUrl must be on a loopback address in this build");
            }
        } catch (UnknownHostException e) {
            throw new ApiException(400, "callbackUrl host '" + uri.getHost() + "' is unknown");
        }
        return uri;
    }
}
