package org.thingconform.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thingconform.thingmodel.DataKind;
import org.thingconform.thingmodel.DataType;
import org.thingconform.thingmodel.Event;
import org.thingconform.thingmodel.Property;
import org.thingconform.thingmodel.ValueValidator;

/**
 * The platform side of the Alink uplink flows: property post, event post, property
 * {@code set_reply}, service {@code _reply} and RRPC responses. Checks requests against the device's
 * thing model, stores what is valid, and answers on the request topic + {@code _reply}.
 * Protocol-independent: the HiveMQ interceptor and the CoAP and HTTP device endpoints feed it; a
 * {@link Downlink} carries each reply (a broker publish, or the response to the device's request).
 */
final class AlinkUplinkHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AlinkUplinkHandler.class);
    private static final Set<String> TIMED_VALUE_FIELDS = Set.of("value", "time");

    private final DeviceRegistry registry;
    private final FaultSwitch faults;
    private final PendingSets pendingSets;
    private final Invocations invocations;
    private final Downlink downlink;
    private final LongSupplier clock;
    private final UplinkObserver observer;

    AlinkUplinkHandler(DeviceRegistry registry, FaultSwitch faults, PendingSets pendingSets, Invocations invocations,
                       Downlink downlink, LongSupplier clock) {
        this(registry, faults, pendingSets, invocations, downlink, clock, UplinkObserver.NONE);
    }

    /** A handler that tells {@code observer} about every property and event post it stored. */
    AlinkUplinkHandler(DeviceRegistry registry, FaultSwitch faults, PendingSets pendingSets, Invocations invocations,
                       Downlink downlink, LongSupplier clock, UplinkObserver observer) {
        this.observer = observer;
        this.registry = registry;
        this.faults = faults;
        this.pendingSets = pendingSets;
        this.invocations = invocations;
        this.downlink = downlink;
        this.clock = clock;
    }

    /**
     * Handles a message {@code sender} published on {@code topic}.
     *
     * @return true when the platform consumed the message (it need not reach subscribers)
     */
    boolean handle(DeviceKey sender, String topic, byte[] payload) {
        return handle(sender, topic, payload, downlink);
    }

    /**
     * Handles a message {@code sender} sent to {@code topic}, sending the reply (if the flow has
     * one) to {@code replies}: the broker for MQTT, the response of the request for CoAP and HTTP.
     *
     * @return true when the topic is one the platform handles for this device
     */
    boolean handle(DeviceKey sender, String topic, byte[] payload, Downlink replies) {
        Optional<AlinkTopic> parsed = AlinkTopic.parse(topic);
        if (parsed.isEmpty() || !parsed.get().device().equals(sender)) {
            return false;
        }
        Optional<RegisteredDevice> device = registry.find(sender);
        if (device.isEmpty()) {
            return false;
        }
        AlinkTopic at = parsed.get();
        switch (at.flow()) {
            case PROPERTY_POST -> request(device.get(), topic, payload, "thing.event.property.post",
                    faults.on(Fault.WRONG_REPLY_ID), this::propertyPost, replies);
            case EVENT_POST -> request(device.get(), topic, payload, "thing.event." + at.identifier() + ".post", false,
                    (d, params) -> eventPost(d, at.identifier(), params), replies);
            case PROPERTY_SET_REPLY -> setReply(device.get(), payload);
            case SERVICE_REPLY -> serviceReply(device.get(), at.identifier(), payload);
            case RRPC_RESPONSE -> rrpcResponse(device.get(), at.identifier(), payload);
        }
        return true;
    }

    /** Outcome of a request: a reply code and, for errors, a message. */
    private record Outcome(int code, String message) {
        static final Outcome OK = new Outcome(AlinkCode.OK, null);

        static Outcome dataCheck(String message) {
            return new Outcome(AlinkCode.DATA_CHECK, message);
        }
    }

    @FunctionalInterface
    private interface RequestLogic {
        Outcome apply(RegisteredDevice device, ObjectNode params);
    }

    private void request(RegisteredDevice device, String topic, byte[] payload, String expectedMethod,
                         boolean alterReplyId, RequestLogic logic, Downlink replies) {
        String replyTopic = topic + "_reply";
        Optional<JsonNode> parsed = Json.parse(payload);
        if (parsed.isEmpty() || !parsed.get().isObject()) {
            reply(replies, replyTopic, null, new Outcome(AlinkCode.NOT_JSON,
                    parsed.isEmpty() ? "payload is not JSON" : "payload is not a JSON object"));
            return;
        }
        JsonNode root = parsed.get();
        JsonNode idNode = root.get("id");
        String id = idNode != null && (idNode.isTextual() || idNode.isIntegralNumber()) ? idNode.asText() : null;
        String replyId = id != null && alterReplyId ? otherId(id) : id;
        if (id == null || id.isEmpty()) {
            reply(replies, replyTopic, null, new Outcome(AlinkCode.BAD_PARAMS, "missing id"));
            return;
        }
        JsonNode method = root.get("method");
        if (method == null || !method.isTextual() || method.textValue().isEmpty()) {
            reply(replies, replyTopic, replyId, new Outcome(AlinkCode.BAD_PARAMS, "missing method"));
            return;
        }
        if (!expectedMethod.equals(method.textValue())) {
            reply(replies, replyTopic, replyId, new Outcome(AlinkCode.BAD_PARAMS,
                    "method '" + method.textValue() + "' does not match the topic; expected '" + expectedMethod + "'"));
            return;
        }
        JsonNode params = root.get("params");
        if (params == null || !params.isObject() || params.isEmpty()) {
            reply(replies, replyTopic, replyId, new Outcome(AlinkCode.BAD_PARAMS, "params must be a non-empty JSON object"));
            return;
        }
        reply(replies, replyTopic, replyId, logic.apply(device, (ObjectNode) params));
    }

    private Outcome propertyPost(RegisteredDevice device, ObjectNode params) {
        ValueValidator validator = faults.on(Fault.ACCEPT_OUT_OF_RANGE)
                ? ValueValidator.ignoringRange() : ValueValidator.strict();
        PropertyValueCheck check = new PropertyValueCheck(faults);
        long now = clock.getAsLong();
        Map<String, ThingState.TimedValue> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            Optional<Property> property = device.model().property(member.getKey());
            if (property.isEmpty() && check.ignoresUnknownIdentifiers()) {
                continue;
            }
            if (property.isEmpty()) {
                return Outcome.dataCheck("unknown property '" + member.getKey() + "'");
            }
            DataType type = property.get().dataType();
            JsonNode value = member.getValue();
            JsonNode time = null;
            if (isTimedValue(value, type, validator)) {
                time = value.get("time");
                value = value.get("value");
            }
            value = check.normalise(value, type);
            Optional<String> problem = check.problem(value, type);
            if (problem.isPresent()) {
                return Outcome.dataCheck("property '" + member.getKey() + "': " + problem.get());
            }
            Optional<Long> millis = time(time, now);
            if (millis.isEmpty()) {
                return Outcome.dataCheck("property '" + member.getKey() + "': time " + time
                        + " is not UTC milliseconds");
            }
            values.put(member.getKey(), new ThingState.TimedValue(value, millis.get()));
        }
        if (!faults.on(Fault.ACK_WITHOUT_STORE)) {
            device.state().storeProperties(values);
            observer.propertiesStored(device, values);
        }
        return Outcome.OK;
    }

    /** Whether {@code node} is the {@code {value, time}} form rather than a bare (struct) value. */
    private static boolean isTimedValue(JsonNode node, DataType type, ValueValidator validator) {
        if (!node.isObject() || !node.has("value")) {
            return false;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (!TIMED_VALUE_FIELDS.contains(names.next())) {
                return false;
            }
        }
        return type.kind() != DataKind.STRUCT || validator.validate(node, type).isPresent();
    }

    private Outcome eventPost(RegisteredDevice device, String eventId, ObjectNode params) {
        Optional<Event> event = device.model().event(eventId);
        if (event.isEmpty()) {
            return Outcome.dataCheck("unknown event '" + eventId + "'");
        }
        JsonNode value = params.get("value");
        if (value == null || !value.isObject()) {
            return Outcome.dataCheck("event '" + eventId + "': params.value must be a JSON object of the event outputs");
        }
        Optional<String> problem = faults.on(Fault.ACCEPT_INVALID_EVENT_OUTPUT) ? Optional.empty()
                : ValueValidator.strict().validateParameters(value, event.get().outputData());
        if (problem.isEmpty() && !faults.on(Fault.ACCEPT_INVALID_EVENT_OUTPUT)) {
            problem = event.get().outputData().stream().filter(output -> !value.has(output.identifier())).findFirst()
                    .map(output -> "output '" + output.identifier() + "' is missing; an event carries all its outputs");
        }
        if (problem.isPresent()) {
            return Outcome.dataCheck("event '" + eventId + "': " + problem.get());
        }
        Optional<Long> time = time(params.get("time"), clock.getAsLong());
        if (time.isEmpty()) {
            return Outcome.dataCheck("event '" + eventId + "': time " + params.get("time") + " is not UTC milliseconds");
        }
        if (!faults.on(Fault.DROP_EVENTS)) {
            ThingState.EventRecord record = new ThingState.EventRecord(eventId, time.get(), (ObjectNode) value);
            device.state().storeEvent(record);
            observer.eventStored(device, record);
        }
        return Outcome.OK;
    }

    private void setReply(RegisteredDevice device, byte[] payload) {
        Optional<JsonNode> reply = Json.parse(payload).filter(JsonNode::isObject);
        if (reply.isEmpty() || !reply.get().path("id").isValueNode()) {
            LOG.debug("ignored a malformed set_reply from {}", device.key());
            return;
        }
        Optional<PendingSets.PendingSet> set = pendingSets.take(device.key(), reply.get().get("id").asText());
        if (set.isEmpty()) {
            LOG.debug("ignored a set_reply from {} that answers no pending set", device.key());
            return;
        }
        if (reply.get().path("code").asInt(-1) == AlinkCode.OK) {
            long now = clock.getAsLong();
            Map<String, ThingState.TimedValue> values = new LinkedHashMap<>();
            set.get().params().fields()
                    .forEachRemaining(e -> values.put(e.getKey(), new ThingState.TimedValue(e.getValue(), now)));
            device.state().storeProperties(values);
        }
    }

    private void serviceReply(RegisteredDevice device, String serviceId, byte[] payload) {
        Optional<JsonNode> reply = serviceResult(payload);
        if (reply.isEmpty()) {
            LOG.debug("ignored a malformed {}_reply from {}", serviceId, device.key());
            return;
        }
        if (!invocations.complete(device.key(), serviceId, reply.get().get("id").asText(), result(reply.get()))) {
            LOG.debug("ignored a {}_reply from {} that answers no open invocation", serviceId, device.key());
        }
    }

    /** An RRPC response: correlated by the message id in its topic, as the device echoes it from the request topic. */
    private void rrpcResponse(RegisteredDevice device, String messageId, byte[] payload) {
        Optional<JsonNode> reply = serviceResult(payload);
        Optional<Invocations.Invocation> invocation = invocations.find(messageId);
        if (reply.isEmpty() || invocation.isEmpty()) {
            LOG.debug("ignored an RRPC response {} from {}: malformed or answering no open call", messageId,
                    device.key());
            return;
        }
        invocations.complete(device.key(), invocation.get().serviceId(), messageId, result(reply.get()));
    }

    private static Optional<JsonNode> serviceResult(byte[] payload) {
        return Json.parse(payload).filter(JsonNode::isObject)
                .filter(reply -> reply.path("id").isValueNode() && reply.path("code").canConvertToInt());
    }

    private Invocations.Result result(JsonNode reply) {
        JsonNode data = reply.get("data");
        JsonNode output = faults.on(Fault.LOSE_SERVICE_OUTPUT) ? Json.object()
                : data == null ? Json.MAPPER.nullNode() : data.deepCopy();
        return new Invocations.Result(reply.get("code").asInt(), output);
    }

    private void reply(Downlink replies, String topic, String id, Outcome outcome) {
        ObjectNode reply = Json.object();
        if (id == null) {
            reply.putNull("id");
        } else {
            reply.put("id", id);
        }
        reply.put("code", outcome.code());
        reply.set("data", Json.object());
        if (outcome.message() != null) {
            reply.put("message", outcome.message());
        }
        replies.publish(topic, reply);
    }

    /** The time of a value: UTC milliseconds as a JSON integer or digit string; {@code now} when absent. */
    private static Optional<Long> time(JsonNode time, long now) {
        if (time == null || time.isNull()) {
            return Optional.of(now);
        }
        if (time.canConvertToLong() && time.isIntegralNumber() && time.asLong() >= 0) {
            return Optional.of(time.asLong());
        }
        if (time.isTextual() && time.textValue().matches("\\d{1,18}")) {
            return Optional.of(Long.parseLong(time.textValue()));
        }
        return Optional.empty();
    }

    /** A different, still well-formed Alink id (fault {@link Fault#WRONG_REPLY_ID}). */
    private static String otherId(String id) {
        try {
            long n = Long.parseLong(id);
            return Long.toString(n >= 4_294_967_295L ? 0 : n + 1);
        } catch (NumberFormatException e) {
            return id + "1";
        }
    }
}
