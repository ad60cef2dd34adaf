package org.thingconform.device;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thingconform.profile.Binding;
import org.thingconform.profile.BindingFlow;
import org.thingconform.profile.Envelope;

/**
 * Builds and reads payloads from the binding's envelope templates and field pointers:
 * the only place that knows what an Alink (or Tencent-style, …) payload looks like,
 * and it knows it from the profile's data. Public for the device fleets of capacity clauses,
 * whose requests and replies are the simulated device's.
 */
public final class EnvelopeCodec {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Binding binding;

    public EnvelopeCodec(Binding binding) {
        this.binding = binding;
    }

    /** The request of an uplink flow, from its template and the given variables. */
    public ObjectNode request(BindingFlow flow, Map<String, Object> variables) {
        return (ObjectNode) fill(flow.request() != null ? flow.request() : binding.envelope().request(), variables);
    }

    /** The device's answer to a downlink. */
    ObjectNode answer(BindingFlow flow, Map<String, Object> variables) {
        return (ObjectNode) fill(flow.answer() != null ? flow.answer() : binding.envelope().answer(), variables);
    }

    /** A reply of the platform, read at the envelope's pointers ({@code correlationData}: the MQTT 5 one, or null). */
    public Reply reply(DeviceMessage message, String correlationData) {
        Envelope envelope = binding.envelope();
        JsonNode id = message.at(envelope.replyId());
        JsonNode code = message.at(envelope.replyCode());
        return new Reply(message, id.isMissingNode() || id.isNull() ? null : id.asText(),
                code.isIntegralNumber() && code.canConvertToInt() ? code.asInt() : null, message.at(envelope.replyData()),
                correlationData);
    }

    Downlink downlink(String flow, DeviceMessage message, Map<String, String> topicVariables, String responseTopic,
                      String correlationData) {
        JsonNode id = message.at(binding.envelope().downlinkId());
        return new Downlink(flow, message, id.isMissingNode() || id.isNull() ? null : id.asText(),
                message.at(binding.envelope().downlinkParams()), topicVariables, responseTopic, correlationData);
    }

    /**
     * An MQTT topic filter from a topic template: the placeholders {@code variables} fill
     * are filled, every other one becomes a single-level wildcard {@code +}.
     */
    static String filter(String template, Map<String, Object> variables) {
        return text(template, variables).replaceAll("\\{[A-Za-z]+}", "+");
    }

    /**
     * What {@code topic} carries in place of the open placeholders of {@code template}
     * (filled with {@code variables} first); empty when the topic does not fit the template.
     */
    static Map<String, String> topicVariables(String template, Map<String, Object> variables, String topic) {
        String filled = text(template, variables);
        Matcher m = PLACEHOLDER.matcher(filled);
        StringBuilder regex = new StringBuilder();
        List<String> names = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(filled.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(filled.substring(last)));
        Matcher topicMatch = Pattern.compile(regex.toString()).matcher(topic);
        Map<String, String> found = new LinkedHashMap<>();
        if (topicMatch.matches()) {
            for (int i = 0; i < names.size(); i++) {
                found.put(names.get(i), topicMatch.group(i + 1));
            }
        }
        return found;
    }

    /** Whether {@code message} carries every pointer → value of {@code match}, placeholders filled. */
    boolean matches(Map<String, String> match, DeviceMessage message, Map<String, Object> variables) {
        for (Map.Entry<String, String> e : match.entrySet()) {
            JsonNode value = message.at(e.getKey());
            if (value.isMissingNode() || !value.asText().equals(text(e.getValue(), variables))) {
                return false;
            }
        }
        return true;
    }

    /** A text template with its placeholders filled. */
    public static String text(String template, Map<String, Object> variables) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = variables.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : plain(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static JsonNode fill(JsonNode template, Map<String, Object> variables) {
        if (template.isTextual()) {
            Matcher whole = PLACEHOLDER.matcher(template.asText());
            if (whole.matches() && variables.containsKey(whole.group(1))) {
                Object value = variables.get(whole.group(1));
                return value instanceof JsonNode node ? node.deepCopy() : DeviceMessage.JSON.valueToTree(value);
            }
            return DeviceMessage.JSON.getNodeFactory().textNode(text(template.asText(), variables));
        }
        if (template.isObject()) {
            ObjectNode copy = DeviceMessage.JSON.createObjectNode();
            template.fields().forEachRemaining(e -> copy.set(e.getKey(), fill(e.getValue(), variables)));
            return copy;
        }
        if (template.isArray()) {
            ArrayNode copy = DeviceMessage.JSON.createArrayNode();
            template.forEach(item -> copy.add(fill(item, variables)));
            return copy;
        }
        return template;
    }

    private static String plain(Object value) {
        return value instanceof JsonNode node ? (node.isValueNode() ? node.asText() : node.toString()) : String.valueOf(value);
    }
}
