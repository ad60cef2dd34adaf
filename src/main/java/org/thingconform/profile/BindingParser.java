package org.thingconform.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code binding} section of a profile into a {@link Binding}, checking every
 * template placeholder and JSON Pointer so that a binding error is a located message at
 * load time, not a silent mismatch on the wire.
 */
final class BindingParser {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Set<String> TOPIC_VARIABLES = Set.of("productKey", "deviceName", "identifier");
    /** A downlink topic may carry a message id the platform chooses; the device echoes it in the reply topic. */
    private static final Set<String> DOWNLINK_TOPIC_VARIABLES = Set.of("productKey", "deviceName", "identifier",
            "messageId");
    /**
     * On CoAP and HTTP a downlink arrives on the device's one command resource, so no topic can carry a
     * message id; the device finds it in the request's envelope id and may echo it in the reply path
     * (an Alink RRPC's message id is its id).
     */
    private static final Set<String> REQUEST_RESPONSE_REPLY_VARIABLES = Set.of("productKey", "deviceName",
            "identifier", "id");
    private static final Set<String> REQUEST_VARIABLES = Set.of("productKey", "deviceName", "identifier", "id",
            "method", "values", "time");
    private static final Set<String> ANSWER_VARIABLES = Set.of("productKey", "deviceName", "identifier", "id",
            "method", "code", "data", "time");

    private static final Set<String> KEYS = Set.of("id", "extends", "protocol", "requires", "qos", "successCode",
            "auth", "envelope", "flows", "transport", "responseTopics");

    private BindingParser() {
    }

    /**
     * The profile's bindings: {@code binding} (one) or {@code bindings} (a list, where an
     * entry may {@code extends} an earlier one and give only what differs).
     */
    static List<Binding> parseAll(Fields top, Function<Fields, Expression> requires) {
        if (!top.has("binding") && !top.has("bindings") && !top.has("thingModels") && !top.has("devices")) {
            return List.of(); // a profile of protocol clauses (e.g. the MQTT broker profile): no device, no binding
        }
        if (top.has("binding") == top.has("bindings")) {
            throw top.error(top.has("binding") ? "bindings" : null, top.has("binding")
                    ? "a profile has either 'binding' or 'bindings', not both" : "the profile has no binding",
                    "binding: {...} for one binding, or bindings: [{...}, ...] for several");
        }
        if (top.has("binding")) {
            Fields f = Fields.of(top.document(), top.child("binding"), top.requiredObject("binding", "the binding"),
                    "binding", KEYS);
            return List.of(parse(f, null, requires));
        }
        JsonNode list = top.node().get("bindings");
        if (!list.isArray() || list.isEmpty()) {
            throw top.error("bindings", "'bindings' must be a non-empty list", "a list of bindings");
        }
        Map<String, Binding> byId = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Fields f = Fields.of(top.document(), top.child("bindings") + "/" + i, list.get(i), "a binding", KEYS);
            Binding base = null;
            if (f.has("extends")) {
                String parent = f.requiredText("extends", "the id of an earlier binding");
                base = byId.get(parent);
                if (base == null) {
                    throw f.error("extends", "unknown binding '" + parent + "'", "one of the earlier bindings "
                            + byId.keySet());
                }
            }
            Binding binding = parse(f, base, requires);
            if (byId.put(binding.id(), binding) != null) {
                throw f.error("id", "duplicate binding id '" + binding.id() + "'", "each binding id once per profile");
            }
        }
        return List.copyOf(byId.values());
    }

    /** One binding; with a {@code base}, every key left out is the base's (flows are merged flow by flow). */
    private static Binding parse(Fields f, Binding base, Function<Fields, Expression> requires) {
        String protocol = base != null && !f.has("protocol") ? base.protocol()
                : f.requiredText("protocol", String.join(", ", Binding.PROTOCOLS));
        if (!Binding.PROTOCOLS.contains(protocol)) {
            throw f.error("protocol", "unsupported protocol '" + protocol + "'", "one of " + Binding.PROTOCOLS);
        }
        Integer qos = f.optionalInt("qos");
        if (qos != null && (qos < 0 || qos > 1)) {
            throw f.error("qos", "QoS " + qos + " is not supported for device messages", "0 or 1");
        }
        Integer successCode = f.optionalInt("successCode");
        Envelope envelope = base != null && !f.has("envelope") ? base.envelope()
                : envelope(Fields.of(f.document(), f.child("envelope"),
                        f.requiredObject("envelope", "{request, reply, downlink, answer}"), "envelope",
                        Set.of("request", "reply", "downlink", "answer")));
        TransportSettings transport = base != null && !f.has("transport") && base.protocol().equals(protocol)
                ? base.transport() : transport(f, protocol);
        Map<String, BindingFlow> flows = new LinkedHashMap<>(base == null ? Map.of() : base.flows());
        Set<String> known = new TreeSet<>(Binding.FLOWS);
        known.addAll(Binding.OPTIONAL_FLOWS);
        if (base == null || f.has("flows")) {
            Fields flowsField = Fields.of(f.document(), f.child("flows"), f.requiredObject("flows", "flow name → flow"),
                    "flows of the binding", known);
            for (String name : known) {
                if (flowsField.has(name)) {
                    flows.put(name, flow(Fields.of(f.document(), flowsField.child(name), flowsField.node().get(name),
                            "flow '" + name + "'", Set.of("topic", "replyTopic", "method", "request", "answer", "match",
                                    "replyMatch", "qos")), Binding.DOWNLINK_FLOWS.contains(name),
                            Binding.REQUEST_RESPONSE_PROTOCOLS.contains(protocol)));
                } else if (!flows.containsKey(name) && !Binding.OPTIONAL_FLOWS.contains(name)) {
                    throw flowsField.error(null, "the binding has no flow '" + name + "'",
                            "all of " + Binding.FLOWS.stream().sorted().toList());
                }
            }
            if (Binding.REQUEST_RESPONSE_PROTOCOLS.contains(protocol)) {
                checkFixedDownlinkResources(flowsField, flows);
            }
        }
        String id = IdRule.BINDING.check(f.document(), f.child("id"), f.requiredText("id", "the binding id"));
        boolean responseTopics = f.optionalBoolean("responseTopics", base != null && base.responseTopics());
        if (responseTopics && !protocol.equals("mqtt5")) {
            throw f.error(f.has("responseTopics") ? "responseTopics" : "protocol", "Response Topic and Correlation Data "
                    + "are MQTT 5 properties; binding '" + id + "' is " + protocol, "responseTopics only with protocol mqtt5");
        }
        return new Binding(id, protocol, qos != null ? qos : base != null ? base.qos() : 1,
                successCode != null ? successCode : base != null ? base.successCode() : 200,
                base != null && !f.has("auth") ? base.auth() : auth(f), envelope, flows, transport,
                f.has("requires") ? requires.apply(f) : base != null ? base.requires() : null, responseTopics);
    }

    /**
     * The {@code transport} object: required for {@code coap} and {@code http}, refused for MQTT.
     * CoAP carries the token as a Uri-Query parameter, HTTP as a header; HTTP also says how it polls.
     */
    private static TransportSettings transport(Fields f, String protocol) {
        boolean requestResponse = Binding.REQUEST_RESPONSE_PROTOCOLS.contains(protocol);
        if (!requestResponse) {
            if (f.has("transport")) {
                throw f.error("transport", "a '" + protocol + "' binding takes no transport settings",
                        "transport only with protocol coap or http");
            }
            return null;
        }
        boolean http = protocol.equals("http");
        String tokenExample = http ? "{header: X-Device-Token}" : "{query: token}";
        Fields t = Fields.of(f.document(), f.child("transport"), f.requiredObject("transport",
                "{auth: /auth, token: " + tokenExample + (http ? ", poll: {mode: long, wait: 10s}" : "") + "}"),
                "transport", http ? Set.of("auth", "token", "poll") : Set.of("auth", "token"));
        String auth = t.requiredText("auth", "the sign-in resource path, e.g. /auth");
        if (!auth.startsWith("/") || PLACEHOLDER.matcher(auth).find()) {
            throw t.error("auth", "'" + auth + "' is not a fixed resource path", "a path such as /auth");
        }
        String tokenIn = http ? TransportSettings.HEADER : TransportSettings.QUERY;
        Fields token = Fields.of(f.document(), t.child("token"), t.requiredObject("token", tokenExample),
                "token", Set.of(tokenIn));
        String tokenName = token.requiredText(tokenIn, http ? "an HTTP header name such as X-Device-Token"
                : "a Uri-Query parameter name such as token");
        if (!tokenName.matches("[A-Za-z0-9_-]+")) {
            throw token.error(tokenIn, "'" + tokenName + "' is not a valid " + tokenIn + " name",
                    "letters, digits, '-' and '_'");
        }
        TransportSettings.Poll poll = null;
        if (http) {
            poll = new TransportSettings.Poll("long", java.time.Duration.ofSeconds(10));
            if (t.has("poll")) {
                Fields p = Fields.of(f.document(), t.child("poll"), t.requiredObject("poll", "{mode: long, wait: 10s}"),
                        "poll", Set.of("mode", "wait"));
                String mode = p.optionalText("mode", "long");
                if (!TransportSettings.Poll.MODES.contains(mode)) {
                    throw p.error("mode", "unknown poll mode '" + mode + "'", "one of " + TransportSettings.Poll.MODES);
                }
                java.time.Duration wait = ProfileLoader.duration(p, "wait", java.time.Duration.ofSeconds(10));
                if (wait.isZero() || wait.isNegative() || wait.compareTo(java.time.Duration.ofMinutes(5)) > 0) {
                    throw p.error("wait", "poll wait " + wait + " is out of range", "between 1ms and 5m");
                }
                poll = new TransportSettings.Poll(mode, wait);
            }
        }
        return new TransportSettings(auth, tokenIn, tokenName, poll);
    }

    /**
     * On CoAP and HTTP a device holds an Observe relation on, or polls, each downlink resource: those
     * must be fixed paths per device, so several flows share one command resource and are told apart by
     * {@code match}.
     */
    private static void checkFixedDownlinkResources(Fields flowsField, Map<String, BindingFlow> flows) {
        for (String name : Binding.DOWNLINK_FLOWS) {
            BindingFlow flow = flows.get(name);
            if (flow == null) {
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(flow.topic());
            while (m.find()) {
                if (!TOPIC_VARIABLES.contains(m.group(1)) || m.group(1).equals("identifier")) {
                    throw flowsField.document().error(flowsField.child(name) + "/topic", "the command resource '"
                            + flow.topic() + "' varies per message ({" + m.group(1) + "}), so a device cannot observe "
                            + "or poll it", "a fixed path per device such as /sys/{productKey}/{deviceName}/thing/command, "
                            + "shared by the downlink flows and told apart by match");
                }
            }
        }
    }

    private static Binding.Auth auth(Fields f) {
        if (!f.has("auth")) {
            return new Binding.Auth("alink-hmacsha256", null, null);
        }
        Fields a = Fields.of(f.document(), f.child("auth"), f.requiredObject("auth", "{scheme}"), "auth",
                Set.of("scheme", "clientId", "username"));
        String scheme = a.requiredText("scheme", "alink-hmacsha256 or plain");
        if (!scheme.equals("alink-hmacsha256") && !scheme.equals("plain")) {
            throw a.error("scheme", "unknown sign-in scheme '" + scheme + "'", "alink-hmacsha256 or plain");
        }
        String clientId = a.optionalText("clientId", null);
        String username = a.optionalText("username", null);
        if (scheme.equals("plain") && (clientId == null || username == null)) {
            throw a.error(null, "the plain scheme needs clientId and username templates",
                    "clientId: \"{productKey}.{deviceName}\", username: \"{deviceName}\"");
        }
        checkText(a, "clientId", clientId, TOPIC_VARIABLES);
        checkText(a, "username", username, TOPIC_VARIABLES);
        return new Binding.Auth(scheme, clientId, username);
    }

    private static Envelope envelope(Fields e) {
        Fields reply = Fields.of(e.document(), e.child("reply"), e.requiredObject("reply", "{id, code, data}"),
                "reply fields", Set.of("id", "code", "data"));
        Fields downlink = Fields.of(e.document(), e.child("downlink"), e.requiredObject("downlink", "{id, params}"),
                "downlink fields", Set.of("id", "params"));
        JsonNode request = e.requiredObject("request", "the uplink request template");
        JsonNode answer = e.requiredObject("answer", "the template of the device's answer to a platform request");
        checkTemplate(e, "request", request, REQUEST_VARIABLES);
        checkTemplate(e, "answer", answer, ANSWER_VARIABLES);
        return new Envelope(request, pointer(reply, "id"), pointer(reply, "code"), pointer(reply, "data"),
                pointer(downlink, "id"), pointer(downlink, "params"), answer);
    }

    private static BindingFlow flow(Fields f, boolean downlink, boolean requestResponse) {
        String topic = f.requiredText("topic", "a topic template");
        String replyTopic = f.requiredText("replyTopic", "the topic template of the answer");
        checkText(f, "topic", topic, downlink ? DOWNLINK_TOPIC_VARIABLES : TOPIC_VARIABLES);
        checkText(f, "replyTopic", replyTopic, !downlink ? TOPIC_VARIABLES
                : requestResponse ? REQUEST_RESPONSE_REPLY_VARIABLES : DOWNLINK_TOPIC_VARIABLES);
        if (replyTopic.contains("{messageId}") && !topic.contains("{messageId}")) {
            throw f.error("replyTopic", "the reply topic uses {messageId} but the request topic '" + topic
                    + "' does not carry one", "{messageId} in topic too, e.g. /sys/{productKey}/{deviceName}/rrpc/request/{messageId}");
        }
        String method = f.optionalText("method", null);
        checkText(f, "method", method, TOPIC_VARIABLES);
        JsonNode request = f.optionalObject("request");
        JsonNode answer = f.optionalObject("answer");
        checkTemplate(f, "request", request, REQUEST_VARIABLES);
        checkTemplate(f, "answer", answer, ANSWER_VARIABLES);
        Integer qos = f.optionalInt("qos");
        if (qos != null && (qos < 0 || qos > 1)) {
            throw f.error("qos", "QoS " + qos + " is not supported for device messages", "0 or 1");
        }
        return new BindingFlow(topic, replyTopic, method, request, answer, pointerMap(f, "match"),
                pointerMap(f, "replyMatch"), qos);
    }

    private static Map<String, String> pointerMap(Fields f, String key) {
        Map<String, String> map = new LinkedHashMap<>();
        if (!f.has(key)) {
            return map;
        }
        f.requiredObject(key, "JSON Pointer → value").fields().forEachRemaining(entry -> {
            if (!entry.getKey().startsWith("/")) {
                throw f.document().error(f.child(key) + "/" + entry.getKey().replace("/", "~1"),
                        "'" + entry.getKey() + "' is not a JSON Pointer", "a pointer such as /method");
            }
            map.put(entry.getKey(), entry.getValue().asText());
        });
        return map;
    }

    private static String pointer(Fields f, String key) {
        String pointer = f.requiredText(key, "a JSON Pointer such as /" + key);
        if (!pointer.startsWith("/")) {
            throw f.error(key, "'" + pointer + "' is not a JSON Pointer", "a pointer such as /" + key);
        }
        return pointer;
    }

    private static void checkTemplate(Fields owner, String key, JsonNode template, Set<String> allowed) {
        if (template == null) {
            return;
        }
        template.forEach(child -> checkTemplate(owner, key, child, allowed));
        if (template.isTextual()) {
            checkText(owner, key, template.asText(), allowed);
        }
    }

    private static void checkText(Fields owner, String key, String text, Set<String> allowed) {
        if (text == null) {
            return;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!allowed.contains(m.group(1))) {
                throw owner.error(key, "unknown placeholder {" + m.group(1) + "} in '" + text + "'",
                        "one of " + allowed.stream().sorted().map(v -> "{" + v + "}").toList());
            }
        }
    }
}
