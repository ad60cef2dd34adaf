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
    private static final Set<String> REQUEST_VARIABLES = Set.of("productKey", "deviceName", "identifier", "id",
            "method", "values", "time");
    private static final Set<String> ANSWER_VARIABLES = Set.of("productKey", "deviceName", "identifier", "id",
            "method", "code", "data", "time");

    private static final Set<String> KEYS = Set.of("id", "extends", "protocol", "requires", "qos", "successCode",
            "auth", "envelope", "flows");

    private BindingParser() {
    }

    /**
     * The profile's bindings: {@code binding} (one) or {@code bindings} (a list, where an
     * entry may {@code extends} an earlier one and give only what differs).
     */
    static List<Binding> parseAll(Fields top, Function<Fields, Expression> requires) {
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
                                    "replyMatch")), Binding.DOWNLINK_FLOWS.contains(name)));
                } else if (!flows.containsKey(name) && !Binding.OPTIONAL_FLOWS.contains(name)) {
                    throw flowsField.error(null, "the binding has no flow '" + name + "'",
                            "all of " + Binding.FLOWS.stream().sorted().toList());
                }
            }
        }
        String id = IdRule.BINDING.check(f.document(), f.child("id"), f.requiredText("id", "the binding id"));
        return new Binding(id, protocol, qos != null ? qos : base != null ? base.qos() : 1,
                successCode != null ? successCode : base != null ? base.successCode() : 200,
                base != null && !f.has("auth") ? base.auth() : auth(f), envelope, flows,
                f.has("requires") ? requires.apply(f) : base != null ? base.requires() : null);
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

    private static BindingFlow flow(Fields f, boolean downlink) {
        String topic = f.requiredText("topic", "a topic template");
        String replyTopic = f.requiredText("replyTopic", "the topic template of the answer");
        checkText(f, "topic", topic, downlink ? DOWNLINK_TOPIC_VARIABLES : TOPIC_VARIABLES);
        checkText(f, "replyTopic", replyTopic, downlink ? DOWNLINK_TOPIC_VARIABLES : TOPIC_VARIABLES);
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
        return new BindingFlow(topic, replyTopic, method, request, answer, pointerMap(f, "match"),
                pointerMap(f, "replyMatch"));
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
