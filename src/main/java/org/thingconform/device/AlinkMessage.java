package org.thingconform.device;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * An Alink JSON envelope as it travels: a request {@code {id, version, params, method}}
 * or a reply {@code {id, code, data, message}}. Parsing never throws: a payload that is
 * not an Alink object is kept with a {@code problem} describing why, so a check can
 * quote it in its verdict.
 *
 * @param topic   the topic it travelled on
 * @param raw     the payload text as received
 * @param json    the parsed object, or null when the payload is not a JSON object
 * @param problem why the payload is not usable, or null
 */
public record AlinkMessage(String topic, String raw, ObjectNode json, String problem) {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Parses a received payload. */
    public static AlinkMessage parse(String topic, String raw) {
        try {
            JsonNode node = JSON.readTree(raw);
            if (node == null || !node.isObject()) {
                return new AlinkMessage(topic, raw, null, "payload is not a JSON object");
            }
            return new AlinkMessage(topic, raw, (ObjectNode) node, null);
        } catch (IOException e) {
            return new AlinkMessage(topic, raw, null, "payload is not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    /** The {@code id} as text, or null when absent. */
    public String id() {
        JsonNode id = json == null ? null : json.get("id");
        return id == null || id.isNull() ? null : id.asText();
    }

    /** The reply {@code code}, or null when absent or not a number. */
    public Integer code() {
        JsonNode code = json == null ? null : json.get("code");
        return code != null && code.canConvertToInt() ? code.asInt() : null;
    }

    /** A request's {@code params}, or a missing node. */
    public JsonNode params() {
        return json == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : json.path("params");
    }

    /** A reply's {@code data}, or a missing node. */
    public JsonNode data() {
        return json == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : json.path("data");
    }
}

