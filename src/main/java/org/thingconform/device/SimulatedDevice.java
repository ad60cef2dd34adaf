package org.thingconform.device;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.profile.Binding;
import org.thingconform.protocol.AlinkCredentials;
import org.thingconform.protocol.mqtt.ConnectOutcome;
import org.thingconform.protocol.mqtt.MqttSession;
import org.thingconform.protocol.mqtt.ReceivedMessage;

/**
 * Plays one device of a thing model on an Alink-style MQTT binding: signs in, posts
 * properties and events, receives downlink requests and answers them. Topics and method
 * names come from the profile's {@link Binding}; the device holds no verdict logic.
 */
public final class SimulatedDevice implements AutoCloseable {

    private static final AtomicLong IDS = new AtomicLong(1000);

    private final DeviceIdentity identity;
    private final Binding binding;
    private final MqttSession session;
    private final Duration timeout;
    private boolean connected;

    public SimulatedDevice(DeviceIdentity identity, Binding binding, MqttSession session, Duration timeout) {
        this.identity = identity;
        this.binding = binding;
        this.session = session;
        this.timeout = timeout;
    }

    /**
     * Signs in; with {@code validCredentials} false the signature is made with a wrong
     * secret. When accepted, subscribes to the binding's reply and downlink topics.
     */
    public ConnectOutcome connect(boolean validCredentials) {
        String secret = identity.deviceSecret().reveal();
        AlinkCredentials credentials = AlinkCredentials.sign(identity.productKey(), identity.deviceName(),
                validCredentials ? secret : "wrong-" + secret, System.currentTimeMillis());
        ConnectOutcome outcome = session.connect(credentials.clientId(), credentials.username(), credentials.password(),
                timeout);
        connected = outcome.accepted();
        if (outcome.accepted()) {
            List<String> filters = List.of(
                    topic("propertyPost", null) + binding.replySuffix(),
                    topic("eventPost", "+") + binding.replySuffix(),
                    topic("propertySet", null),
                    topic("serviceCall", "+"));
            List<Integer> granted = session.subscribe(filters, timeout);
            if (granted.stream().anyMatch(q -> q < 0 || q > 2)) {
                throw new IllegalStateException("the platform refused the device's subscriptions " + filters
                        + " (SUBACK " + granted + ")");
            }
        }
        return outcome;
    }

    /** Whether the last {@link #connect} was accepted. */
    public boolean connected() {
        return connected;
    }

    /** Posts property values; returns the request as sent. */
    public AlinkMessage postProperties(ObjectNode values) {
        return publishRequest(topic("propertyPost", null), method("propertyPost", null), values);
    }

    /** Posts an event with its output values; returns the request as sent. */
    public AlinkMessage postEvent(String event, ObjectNode values) {
        ObjectNode params = AlinkMessage.JSON.createObjectNode();
        params.set("value", values);
        params.put("time", System.currentTimeMillis());
        return publishRequest(topic("eventPost", event), method("eventPost", event), params);
    }

    /** The platform's reply to {@code request}: the next message on its reply topic. */
    public Optional<AlinkMessage> awaitReply(AlinkMessage request) {
        String replyTopic = request.topic() + binding.replySuffix();
        return session.awaitMessage(replyTopic, timeout).map(m -> AlinkMessage.parse(m.topic(), m.payload()));
    }

    /** The next property-set request from the platform. */
    public Optional<AlinkMessage> awaitPropertySet() {
        return await(topic("propertySet", null));
    }

    /** The next call of {@code service} from the platform. */
    public Optional<AlinkMessage> awaitServiceCall(String service) {
        return await(topic("serviceCall", service));
    }

    /** Answers a downlink request with {@code code} and {@code data}, echoing its id. */
    public void reply(AlinkMessage request, int code, JsonNode data) {
        ObjectNode reply = AlinkMessage.JSON.createObjectNode();
        reply.put("id", request.id());
        reply.put("code", code);
        reply.set("data", data);
        session.publish(request.topic() + binding.replySuffix(), write(reply), binding.qos(), timeout);
    }

    /** Where this device's flow travels, with {@code identifier} filled in. */
    public String topic(String flow, String identifier) {
        return fill(binding.topics().get(flow), identifier);
    }

    @Override
    public void close() {
        connected = false;
        session.close();
    }

    private Optional<AlinkMessage> await(String topic) {
        Optional<ReceivedMessage> message = session.awaitMessage(topic, timeout);
        return message.map(m -> AlinkMessage.parse(m.topic(), m.payload()));
    }

    private AlinkMessage publishRequest(String topic, String method, JsonNode params) {
        ObjectNode request = AlinkMessage.JSON.createObjectNode();
        request.put("id", String.valueOf(IDS.incrementAndGet()));
        request.put("version", "1.0");
        request.putObject("sys").put("ack", 1);
        request.set("params", params);
        request.put("method", method);
        String payload = write(request);
        session.publish(topic, payload, binding.qos(), timeout);
        return new AlinkMessage(topic, payload, request, null);
    }

    private String method(String flow, String identifier) {
        String template = binding.methods().get(flow);
        return template == null ? null : fill(template, identifier);
    }

    private String fill(String template, String identifier) {
        String filled = template.replace("{productKey}", identity.productKey())
                .replace("{deviceName}", identity.deviceName());
        return identifier == null ? filled : filled.replace("{identifier}", identifier);
    }

    private static String write(JsonNode node) {
        try {
            return AlinkMessage.JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
