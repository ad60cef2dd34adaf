package org.thingconform.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.thingconform.profile.step.MqttConnectStep;
import org.thingconform.profile.step.MqttDisconnectStep;
import org.thingconform.profile.step.MqttDropStep;
import org.thingconform.profile.step.MqttExpectClosedStep;
import org.thingconform.profile.step.MqttExpectMessageStep;
import org.thingconform.profile.step.MqttExpectNothingStep;
import org.thingconform.profile.step.MqttPublishStep;
import org.thingconform.profile.step.MqttSendBytesStep;
import org.thingconform.profile.step.MqttSubscribeStep;
import org.thingconform.profile.step.MqttWill;
import org.thingconform.profile.step.Step;

/**
 * Parses the MQTT client steps of the broker profile ({@code mqttConnect}, {@code mqttSubscribe},
 * …): named packet-level clients talking to the broker under test. {@link StepParser} hands these
 * step kinds here; every argument is checked, every problem a located error.
 */
final class MqttStepParser {

    static final Set<String> KINDS = Set.of("mqttConnect", "mqttSubscribe", "mqttPublish", "mqttExpectMessage",
            "mqttExpectNothing", "mqttDisconnect", "mqttDrop", "mqttSendBytes", "mqttExpectClosed");

    private static final String VERSIONS = "3.1.1 or 5.0";

    private MqttStepParser() {
    }

    static Set<String> allowedKeys(String kind) {
        return switch (kind) {
            case "mqttConnect" -> Set.of("client", "version", "clientId", "cleanStart", "sessionExpiry", "keepAlive",
                    "credentials", "will", "maximumPacketSize", "topicAliasMaximum", "expect");
            case "mqttSubscribe" -> Set.of("client", "filter", "qos", "noLocal", "filters", "subscriptionId", "expect");
            case "mqttPublish" -> Set.of("client", "topic", "payload", "payloadSize", "qos", "retain", "messageExpiry",
                    "topicAlias", "checkAcks", "expect");
            case "mqttExpectMessage" -> Set.of("client", "topic", "payload", "qos", "publishedQos", "retain", "within", "copies",
                    "subscriptionIds", "maxMessageExpiry");
            case "mqttExpectNothing" -> Set.of("client", "topic", "within");
            case "mqttDisconnect" -> Set.of("client", "reasonCode");
            case "mqttDrop", "mqttExpectClosed" -> kind.equals("mqttDrop") ? Set.of("client") : Set.of("client", "within");
            case "mqttSendBytes" -> Set.of("client", "hex");
            default -> Set.of();
        };
    }

    static Step parse(String kind, Fields f) {
        return switch (kind) {
            case "mqttConnect" -> connect(f);
            case "mqttSubscribe" -> subscribe(f);
            case "mqttPublish" -> publish(f);
            case "mqttExpectMessage" -> expectMessage(f);
            case "mqttExpectNothing" -> new MqttExpectNothingStep(f.location(), client(f), f.optionalText("topic", null),
                    duration(f, "within", null, true));
            case "mqttDisconnect" -> new MqttDisconnectStep(f.location(), client(f), code(f, "reasonCode"));
            case "mqttDrop" -> new MqttDropStep(f.location(), client(f));
            case "mqttSendBytes" -> sendBytes(f);
            case "mqttExpectClosed" -> new MqttExpectClosedStep(f.location(), client(f), duration(f, "within", null, false));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static Step connect(Fields f) {
        String version = f.optionalText("version", null);
        if (version != null && !version.equals("3.1.1") && !version.equals("5.0")) {
            throw f.error("version", "unknown MQTT version '" + version + "'", VERSIONS);
        }
        String credentials = f.optionalText("credentials", "account");
        if (!Set.of("account", "wrong", "none").contains(credentials)) {
            throw f.error("credentials", "unknown credentials '" + credentials + "'", "account, wrong or none");
        }
        MqttWill will = null;
        if (f.has("will")) {
            Fields w = Fields.of(f.document(), f.child("will"), f.requiredObject("will", "{topic, payload, qos, retain}"),
                    "will", Set.of("topic", "payload", "qos", "retain", "delayInterval"));
            will = new MqttWill(w.requiredText("topic", "the will topic"), text(w, "payload", ""), qos(w, "qos"),
                    w.optionalBoolean("retain", false), longValue(w, "delayInterval"));
        }
        MqttConnectStep.Outcome outcome = MqttConnectStep.Outcome.CONNACK;
        List<Integer> codes = List.of(0);
        Boolean sessionPresent = null;
        JsonNode expect = f.node().get("expect");
        if (expect != null && expect.isTextual()) {
            outcome = switch (expect.asText()) {
                case "refused" -> MqttConnectStep.Outcome.REFUSED;
                case "closed" -> MqttConnectStep.Outcome.CLOSED;
                case "accepted" -> MqttConnectStep.Outcome.CONNACK;
                default -> throw f.error("expect", "unknown connect outcome '" + expect.asText() + "'",
                        "accepted, refused, closed or {reasonCode | refused, sessionPresent}");
            };
            codes = outcome == MqttConnectStep.Outcome.CONNACK ? codes : List.of();
        } else if (expect != null) {
            Fields e = Fields.of(f.document(), f.child("expect"), f.requiredObject("expect", "{reasonCode, sessionPresent}"),
                    "expect of mqttConnect", Set.of("reasonCode", "refused", "sessionPresent"));
            if (e.has("reasonCode") && e.has("refused")) {
                throw e.error("refused", "both 'refused' and 'reasonCode' are given", "one of them");
            }
            if (e.optionalBoolean("refused", false)) {
                outcome = MqttConnectStep.Outcome.REFUSED;
                codes = List.of();
            }
            if (e.has("reasonCode")) {
                codes = codes(e, "reasonCode");
            }
            sessionPresent = e.has("sessionPresent") ? e.optionalBoolean("sessionPresent", false) : null;
        }
        String clientId = f.has("clientId") ? text(f, "clientId", null) : null;
        return new MqttConnectStep(f.location(), client(f), version, clientId, f.optionalBoolean("cleanStart", true),
                longValue(f, "sessionExpiry"), f.optionalInt("keepAlive"), credentials, will,
                f.optionalInt("maximumPacketSize"), f.optionalInt("topicAliasMaximum"), outcome, codes, sessionPresent,
                expect != null);
    }

    private static Step subscribe(Fields f) {
        List<MqttSubscribeStep.Subscription> subscriptions = new ArrayList<>();
        if (f.has("filters") == f.has("filter")) {
            throw f.error(null, "mqttSubscribe needs either 'filter' (one) or 'filters' (a list)",
                    "filter: a/b with qos, or filters: [{filter: a/b, qos: 1}, …]");
        }
        if (f.has("filter")) {
            subscriptions.add(new MqttSubscribeStep.Subscription(f.requiredText("filter", "a topic filter"), qos(f, "qos"),
                    f.optionalBoolean("noLocal", false)));
        } else {
            JsonNode list = f.node().get("filters");
            if (!list.isArray() || list.isEmpty()) {
                throw f.error("filters", "'filters' must be a non-empty list", "[{filter: a/b, qos: 1}, …]");
            }
            for (int i = 0; i < list.size(); i++) {
                Fields s = Fields.of(f.document(), f.child("filters") + "/" + i, list.get(i), "a subscription",
                        Set.of("filter", "qos", "noLocal"));
                subscriptions.add(new MqttSubscribeStep.Subscription(s.requiredText("filter", "a topic filter"),
                        qos(s, "qos"), s.optionalBoolean("noLocal", false)));
            }
        }
        List<List<Integer>> codes = new ArrayList<>();
        boolean closed = false;
        JsonNode expect = f.node().get("expect");
        if (expect != null && expect.isTextual()) {
            if (!expect.asText().equals("rejected")) {
                throw f.error("expect", "unknown subscribe outcome '" + expect.asText() + "'", "rejected or {codes: [...]}");
            }
            closed = true;
        } else if (expect != null) {
            Fields e = Fields.of(f.document(), f.child("expect"), f.requiredObject("expect", "{codes: [...]}"),
                    "expect of mqttSubscribe", Set.of("codes"));
            JsonNode list = e.node().get("codes");
            if (list == null || !list.isArray() || list.size() != subscriptions.size()) {
                throw e.error("codes", "'codes' must list one entry per filter (" + subscriptions.size() + ")",
                        "per filter a code or a list of allowed codes, e.g. [1, [0, 128]]");
            }
            for (int i = 0; i < list.size(); i++) {
                codes.add(codeList(f.document(), e.child("codes") + "/" + i, list.get(i)));
            }
        }
        return new MqttSubscribeStep(f.location(), client(f), subscriptions, f.optionalInt("subscriptionId"), codes, closed);
    }

    private static Step publish(Fields f) {
        List<Integer> codes = List.of();
        boolean closed = false;
        JsonNode expect = f.node().get("expect");
        if (expect != null && expect.isTextual()) {
            if (!expect.asText().equals("closed")) {
                throw f.error("expect", "unknown publish outcome '" + expect.asText() + "'", "closed or {reasonCode}");
            }
            closed = true;
        } else if (expect != null) {
            Fields e = Fields.of(f.document(), f.child("expect"), f.requiredObject("expect", "{reasonCode}"),
                    "expect of mqttPublish", Set.of("reasonCode"));
            codes = codes(e, "reasonCode");
        }
        if (f.has("payload") && f.has("payloadSize")) {
            throw f.error("payloadSize", "both 'payload' and 'payloadSize' are given", "one of them");
        }
        String topic = f.has("topicAlias") ? text(f, "topic", "") : f.requiredText("topic", "a topic name");
        int qos = qos(f, "qos");
        List<String> checked = f.textList("checkAcks");
        List<String> flow = qos == 1 ? List.of("PUBACK") : qos == 2 ? List.of("PUBREC", "PUBCOMP") : List.of();
        for (String ack : checked) {
            if (!flow.contains(ack)) {
                throw f.error("checkAcks", "'" + ack + "' is not an acknowledgement of a QoS " + qos + " PUBLISH",
                        flow.isEmpty() ? "no checkAcks with QoS 0" : "some of " + flow);
            }
        }
        return new MqttPublishStep(f.location(), client(f), topic, text(f, "payload", ""), f.optionalInt("payloadSize"),
                qos, f.optionalBoolean("retain", false), longValue(f, "messageExpiry"), f.optionalInt("topicAlias"),
                codes, checked, closed);
    }

    private static Step expectMessage(Fields f) {
        List<Integer> copies = f.has("copies") ? codeList(f.document(), f.child("copies"), f.node().get("copies")) : List.of();
        List<Integer> ids = f.has("subscriptionIds")
                ? codeList(f.document(), f.child("subscriptionIds"), f.node().get("subscriptionIds")) : List.of();
        Integer qos = f.has("qos") ? qos(f, "qos") : null;
        Integer publishedQos = f.has("publishedQos") ? qos(f, "publishedQos") : null;
        if (qos != null && publishedQos != null) {
            throw f.error("publishedQos", "both 'qos' and 'publishedQos' are given",
                    "qos (the delivered QoS) or publishedQos (delivered: the minimum of it and the granted QoS)");
        }
        Boolean retain = f.has("retain") ? f.optionalBoolean("retain", false) : null;
        return new MqttExpectMessageStep(f.location(), client(f), f.requiredText("topic", "the topic name expected"),
                f.has("payload") ? text(f, "payload", "") : null, qos, publishedQos, retain,
                duration(f, "within", null, false),
                copies, ids, longValue(f, "maxMessageExpiry"));
    }

    private static Step sendBytes(Fields f) {
        String hex = f.requiredText("hex", "the bytes in hexadecimal, e.g. C000 (a PINGREQ)").replace(" ", "");
        try {
            HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw f.error("hex", "'" + hex + "' is not hexadecimal bytes", "an even number of hex digits, e.g. C000");
        }
        return new MqttSendBytesStep(f.location(), client(f), hex);
    }

    private static String client(Fields f) {
        return IdRule.CALL.check(f.document(), f.child("client"), f.requiredText("client", "a client name, e.g. sub"));
    }

    private static String text(Fields f, String key, String fallback) {
        JsonNode value = f.node().get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isValueNode()) {
            throw f.error(key, "'" + key + "' must be a text", "a text (may be empty)");
        }
        return value.asText();
    }

    private static int qos(Fields f, String key) {
        Integer qos = f.optionalInt(key);
        if (qos != null && (qos < 0 || qos > 2)) {
            throw f.error(key, "QoS " + qos + " does not exist", "0, 1 or 2");
        }
        return qos == null ? 0 : qos;
    }

    private static Integer code(Fields f, String key) {
        Integer code = f.optionalInt(key);
        if (code != null && (code < 0 || code > 255)) {
            throw f.error(key, "'" + code + "' is not a reason code", "a code 0-255, e.g. 0x87 written as 135");
        }
        return code;
    }

    private static Long longValue(Fields f, String key) {
        if (!f.has(key)) {
            return null;
        }
        JsonNode value = f.node().get(key);
        if (!value.isIntegralNumber() || value.asLong() < 0) {
            throw f.error(key, "'" + key + "' must be a non-negative integer (seconds), got " + value, "e.g. 60");
        }
        return value.asLong();
    }

    private static List<Integer> codes(Fields f, String key) {
        return codeList(f.document(), f.child(key), f.node().get(key));
    }

    private static List<Integer> codeList(org.thingconform.source.LocatedDocument document, String pointer, JsonNode node) {
        List<Integer> codes = new ArrayList<>();
        if (node.isIntegralNumber()) {
            codes.add(node.asInt());
            return codes;
        }
        if (!node.isArray() || node.isEmpty()) {
            throw document.error(pointer, "expected a number or a non-empty list of numbers", "e.g. 0 or [0, 128]");
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isIntegralNumber()) {
                throw document.error(pointer + "/" + i, "'" + node.get(i).asText() + "' is not a number", "e.g. 135");
            }
            codes.add(node.get(i).asInt());
        }
        return codes;
    }

    private static Duration duration(Fields f, String key, Duration fallback, boolean required) {
        if (required && !f.has(key)) {
            throw f.error(null, "missing required key '" + key + "'", "the quiet period, e.g. \"${quietPeriod}\" or 500ms");
        }
        return ProfileLoader.duration(f, key, fallback);
    }
}
