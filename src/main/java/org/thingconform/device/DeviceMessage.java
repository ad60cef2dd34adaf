package org.thingconform.device;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * A message as it travelled between a simulated device and the platform: topic, payload
 * text and, when the payload is a JSON object, its tree. Parsing never throws: a payload
 * that is not a JSON object is kept with a {@code problem} saying why, so a check can
 * quote it in its verdict.
 *
 * @param topic   the topic it travelled on
 * @param raw     the payload text
 * @param json    the parsed object, or null when the payload is not a JSON object
 * @param problem why the payload is not usable, or null
 */
public record DeviceMessage(String topic, String raw, ObjectNode json, String problem) {

    /** Keeps numbers exactly as written both ways: 0.0 stays 0.0, never 0 (a float must carry its decimal point). */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** The JSON text of {@code node} as a device sends it, numbers exactly as they are (0.0 stays 0.0). */
    public static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a received payload. */
    public static DeviceMessage parse(String topic, String raw) {
        try {
            JsonNode node = JSON.readTree(raw);
            if (node == null || !node.isObject()) {
                return new DeviceMessage(topic, raw, null, "payload is not a JSON object");
            }
            return new DeviceMessage(topic, raw, (ObjectNode) node, null);
        } catch (IOException e) {
            return new DeviceMessage(topic, raw, null,
                    "payload is not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    /** The node at a JSON Pointer, or a missing node. */
    public JsonNode at(String pointer) {
        return json == null ? MissingNode.getInstance() : json.at(pointer);
    }
}
