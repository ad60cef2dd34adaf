package org.thingconform.device;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.profile.Binding;
import org.thingconform.profile.BindingFlow;
import org.thingconform.profile.step.TokenUse;
import org.thingconform.protocol.AlinkCredentials;
import org.thingconform.protocol.ConnectOutcome;
import org.thingconform.protocol.ReceivedMessage;
import org.thingconform.protocol.RequestResponse;
import org.thingconform.protocol.DeviceTransport;
import org.thingconform.protocol.tls.ForgedCertificate;
import org.thingconform.protocol.tls.PreSharedKey;

/**
 * Plays one device of a thing model on a binding: signs in, posts properties and
 * events, receives the platform's requests and answers them. Topics, envelopes and the
 * sign-in scheme all come from the profile's {@link Binding}; the device holds no verdict
 * logic and no envelope of its own.
 */
public final class SimulatedDevice implements AutoCloseable {

    private static final AtomicLong IDS = new AtomicLong(1000);
    private static final java.security.SecureRandom CORRELATION = new java.security.SecureRandom();

    private final DeviceIdentity identity;
    private final Binding binding;
    private final DeviceTransport session;
    private final Duration timeout;
    private final EnvelopeCodec codec;
    private boolean connected;

    public SimulatedDevice(DeviceIdentity identity, Binding binding, DeviceTransport session, Duration timeout) {
        this.identity = identity;
        this.binding = binding;
        this.session = session;
        this.timeout = timeout;
        this.codec = new EnvelopeCodec(binding);
    }

    /**
     * Signs in; with {@code validCredentials} false the password is made from a wrong
     * secret, and a device with a certificate presents a forged one. A device without a secret
     * signs in by its (D)TLS identity. When accepted, subscribes to the binding's reply and
     * downlink topics.
     */
    public ConnectOutcome connect(boolean validCredentials) {
        ConnectOutcome outcome;
        if (identity.certificate() != null) {
            // valid credentials present the device's certificate; wrong ones a forgery with the same subject
            session.presentCertificate(validCredentials ? identity.certificate()
                    : ForgedCertificate.of(identity.certificate()));
        }
        if (identity.psk() != null) {
            // wrong credentials: the right identity with a key that is not the device's
            session.presentPsk(validCredentials ? identity.psk() : new PreSharedKey(identity.psk().identity(),
                    ("wrong-" + java.util.HexFormat.of().formatHex(identity.psk().key()))
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        }
        String secret = identity.deviceSecret() == null ? "" : identity.deviceSecret().reveal();
        if (!validCredentials) {
            secret = "wrong-" + secret;
        }
        if (identity.deviceSecret() == null && binding.auth().scheme().equals("alink-hmacsha256")) {
            // no secret: the platform authenticates the device by its certificate or pre-shared key
            AlinkCredentials credentials = AlinkCredentials.tlsIdentity(identity.productKey(), identity.deviceName());
            outcome = session.connect(credentials.clientId(), credentials.username(), credentials.password(), timeout);
        } else if (binding.auth().scheme().equals("plain")) {
            outcome = session.connect(fill(binding.auth().clientId(), null), fill(binding.auth().username(), null),
                    secret, timeout);
        } else {
            AlinkCredentials credentials = AlinkCredentials.sign(identity.productKey(), identity.deviceName(), secret,
                    System.currentTimeMillis());
            outcome = session.connect(credentials.clientId(), credentials.username(), credentials.password(), timeout);
        }
        connected = outcome.accepted();
        if (connected) {
            List<String> filters = new ArrayList<>();
            if (!binding.requestResponse()) {
                // on CoAP and HTTP the reply is the response to the request: nothing to subscribe for it
                filters.add(EnvelopeCodec.filter(binding.flow("propertyPost").replyTopic(), variables(null)));
                filters.add(EnvelopeCodec.filter(binding.flow("eventPost").replyTopic(), variables(null)));
            }
            filters.add(EnvelopeCodec.filter(binding.flow("propertySet").topic(), variables(null)));
            filters.add(EnvelopeCodec.filter(binding.flow("serviceCall").topic(), variables(null)));
            if (binding.has("syncServiceCall")) {
                filters.add(EnvelopeCodec.filter(binding.flow("syncServiceCall").topic(), variables(null)));
            }
            filters = filters.stream().distinct().toList();
            List<Integer> granted = session.subscribe(filters, timeout);
            if (granted.stream().anyMatch(q -> q < 0 || q > 2)) {
                throw new IllegalStateException("the platform refused the device's subscriptions " + filters
                        + " (SUBACK " + granted + ")");
            }
        }
        return outcome;
    }

    /** Whether the last {@link #connect} was accepted and the connection still stands. */
    public boolean connected() {
        return connected && session.isConnected();
    }

    /**
     * Starts a new test on this (already connected) device: its traffic goes to
     * {@code trace} and nothing received earlier can be mistaken for an answer.
     */
    public void startTest(org.thingconform.trace.MessageTrace trace) {
        session.traceTo(trace);
        session.discardReceived();
    }

    /** Posts property values; returns the request as sent. */
    public Request postProperties(ObjectNode values) {
        return send("propertyPost", null, values);
    }

    /**
     * Posts property values with the sign-in token left out or spoilt as {@code token} says
     * (CoAP and HTTP only); returns the request as sent, with the platform's response.
     */
    public Request postProperties(ObjectNode values, TokenUse token) {
        if (token == TokenUse.VALID) {
            return postProperties(values);
        }
        if (!binding.requestResponse()) {
            throw new IllegalStateException("binding '" + binding.id() + "' (" + binding.protocol()
                    + ") has no sign-in token to leave out: a post with token '" + token.yamlName()
                    + "' needs a coap or http binding");
        }
        return send("propertyPost", null, values, token);
    }

    /** Posts an event with its output values; returns the request as sent. */
    public Request postEvent(String event, ObjectNode values) {
        return send("eventPost", event, values);
    }

    /**
     * The platform's reply to {@code request}: the response to the request itself on a
     * request/response protocol, otherwise the next message on the flow's reply topic
     * that belongs to it.
     */
    public Optional<Reply> awaitReply(Request request) {
        if (request.response() != null) {
            return Optional.of(codec.reply(DeviceMessage.parse(request.response().topic(), request.response().payload()),
                    null));
        }
        if (binding.requestResponse()) {
            return Optional.empty(); // no response within the timeout: there is no reply topic to wait on
        }
        BindingFlow flow = binding.flow(request.flow());
        Map<String, Object> variables = variables(request.identifier());
        return session.awaitMessage(request.replyTopic(), m -> codec.matches(flow.replyMatch(), DeviceMessage.parse(m.topic(),
                m.payload()), variables), timeout).map(m -> codec.reply(DeviceMessage.parse(m.topic(), m.payload()),
                m.correlationData()));
    }

    /**
     * What the device received in this test and no wait took (a reply that did not belong to its
     * request, a request on another flow's topic), in arrival order.
     */
    public List<ReceivedMessage> unclaimed() {
        return session.unclaimed();
    }

    /** The next property-set request from the platform. */
    public Optional<Downlink> awaitPropertySet() {
        return awaitDownlink("propertySet", null, timeout);
    }

    /** The next property-set request within {@code within}: empty means the device saw none. */
    public Optional<Downlink> awaitPropertySet(Duration within) {
        return awaitDownlink("propertySet", null, within);
    }

    /** The next call of {@code service} from the platform, on the async or the sync (RRPC) flow. */
    public Optional<Downlink> awaitServiceCall(String service, boolean sync) {
        return awaitDownlink(serviceFlow(sync), service, timeout);
    }

    /** The next call of {@code service} within {@code within}: empty means the device saw none. */
    public Optional<Downlink> awaitServiceCall(String service, boolean sync, Duration within) {
        return awaitDownlink(serviceFlow(sync), service, within);
    }

    /** The flow a service call travels on; a sync call needs a binding with a {@code syncServiceCall} flow. */
    public String serviceFlow(boolean sync) {
        if (sync && !binding.has("syncServiceCall")) {
            throw new IllegalStateException("binding '" + binding.id() + "' has no syncServiceCall flow, so a sync "
                    + "(RRPC) service cannot be called on it");
        }
        return sync ? "syncServiceCall" : "serviceCall";
    }

    /** Answers a platform request with {@code code} and {@code data}, echoing its id (and its topic's message id). */
    public void answer(Downlink request, String identifier, int code, JsonNode data) {
        BindingFlow flow = binding.flow(request.flow());
        Map<String, Object> variables = variables(identifier);
        variables.putAll(request.topicVariables());
        variables.put("id", request.id());
        variables.put("code", code);
        variables.put("data", data);
        variables.put("method", flow.method() == null ? "" : fill(flow.method(), identifier));
        String payload = write(codec.answer(flow, variables));
        if (binding.responseTopics() && request.responseTopic() != null) {
            // MQTT 5 request/response: the answer goes where the request asked, echoing its correlation data
            session.publish(request.responseTopic(), payload, flow.qosOr(binding.qos()), timeout,
                    new RequestResponse(null, request.correlationData()));
        } else {
            session.publish(EnvelopeCodec.text(flow.replyTopic(), variables), payload, flow.qosOr(binding.qos()), timeout);
        }
    }

    /** Where a flow's requests travel for this device, with {@code identifier} filled in and {@code +} for what the platform chooses. */
    public String topic(String flow, String identifier) {
        return EnvelopeCodec.filter(binding.flow(flow).topic(), variables(identifier));
    }

    /** Whether the binding asks for MQTT 5 request/response: Response Topic and Correlation Data on every request. */
    public boolean responseTopics() {
        return binding.responseTopics();
    }

    /** The success code of the binding (Alink 200). */
    public int successCode() {
        return binding.successCode();
    }

    @Override
    public void close() {
        connected = false;
        session.close();
    }

    private Optional<Downlink> awaitDownlink(String flowName, String identifier, Duration within) {
        BindingFlow flow = binding.flow(flowName);
        Map<String, Object> variables = variables(identifier);
        return session.awaitMessage(EnvelopeCodec.filter(flow.topic(), variables), m -> codec.matches(flow.match(),
                DeviceMessage.parse(m.topic(), m.payload()), variables), within)
                .map(m -> codec.downlink(flowName, DeviceMessage.parse(m.topic(), m.payload()),
                        EnvelopeCodec.topicVariables(flow.topic(), variables, m.topic()), m.responseTopic(),
                        m.correlationData()));
    }

    private Request send(String flowName, String identifier, ObjectNode values) {
        return send(flowName, identifier, values, TokenUse.VALID);
    }

    private Request send(String flowName, String identifier, ObjectNode values, TokenUse token) {
        BindingFlow flow = binding.flow(flowName);
        Map<String, Object> variables = variables(identifier);
        String id = String.valueOf(IDS.incrementAndGet());
        variables.put("id", id);
        variables.put("values", values);
        variables.put("time", System.currentTimeMillis());
        variables.put("method", flow.method() == null ? "" : fill(flow.method(), identifier));
        ObjectNode request = codec.request(flow, variables);
        String topic = fill(flow.topic(), identifier);
        String payload = write(request);
        String replyTopic = fill(flow.replyTopic(), identifier);
        RequestResponse asked = binding.responseTopics()
                ? new RequestResponse(replyTopic, "tc-" + id + "-" + Long.toHexString(CORRELATION.nextLong())) : null;
        int qos = flow.qosOr(binding.qos());
        ReceivedMessage response = (token != TokenUse.VALID ? session.publish(topic, payload, timeout, token)
                : asked != null ? session.publish(topic, payload, qos, timeout, asked)
                : session.publish(topic, payload, qos, timeout)).orElse(null);
        return new Request(flowName, identifier, id, new DeviceMessage(topic, payload, request, null), replyTopic,
                response, asked == null ? null : asked.correlationData());
    }

    private Map<String, Object> variables(String identifier) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("productKey", identity.productKey());
        variables.put("deviceName", identity.deviceName());
        if (identifier != null) {
            variables.put("identifier", identifier);
        }
        return variables;
    }

    private String fill(String template, String identifier) {
        return EnvelopeCodec.text(template, variables(identifier));
    }

    private static String write(JsonNode node) {
        return DeviceMessage.write(node);
    }

    /**
     * A request the device sent, with what is needed to find its reply.
     *
     * @param flow       the binding flow
     * @param identifier the event identifier, or null
     * @param id         the request id it carries
     * @param message    the message as sent
     * @param replyTopic where the platform's reply is expected
     * @param response   the response to the request on a request/response protocol, or null
     * @param correlationData the MQTT 5 Correlation Data the request carried (a binding with
     *                   {@code responseTopics}), which its reply must echo; null otherwise
     */
    public record Request(String flow, String identifier, String id, DeviceMessage message, String replyTopic,
                          ReceivedMessage response, String correlationData) {
    }
}
