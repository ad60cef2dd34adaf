package org.thingconform.thingmodel.wot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Values for a TD data schema: a valid one that differs from the current value where the
 * schema allows (so a write can be told from no write), and an invalid one of the wrong JSON type.
 */
public final class ValueSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ValueSamples() {
    }

    /** A value {@code schema} accepts, other than {@code current} (null when unknown) if it can be. */
    public static JsonNode valid(JsonNode schema, JsonNode current) {
        if (schema == null || schema.isMissingNode()) {
            return NODES.nullNode();
        }
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.path("enum").isArray() && !schema.get("enum").isEmpty()) {
            for (JsonNode option : schema.get("enum")) {
                if (!option.equals(current)) {
                    return option;
                }
            }
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText("");
        return switch (type) {
            case "boolean" -> NODES.booleanNode(current == null || !current.asBoolean());
            case "integer" -> NODES.numberNode((long) number(schema, current, true));
            case "number" -> NODES.numberNode(number(schema, current, false));
            case "string" -> NODES.textNode("thingconform".equals(current == null ? null : current.asText())
                    ? "thingconform-2" : "thingconform");
            case "array" -> NODES.arrayNode();
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(e -> object.set(e.getKey(),
                        valid(e.getValue(), current == null ? null : current.get(e.getKey()))));
                yield object;
            }
            default -> NODES.nullNode();
        };
    }

    /** A value {@code schema} refuses: a JSON value of another type (a string where a number is wanted, …). */
    public static JsonNode invalid(JsonNode schema) {
        String type = schema == null ? "" : schema.path("type").asText("");
        return switch (type) {
            case "string" -> NODES.numberNode(12345);
            case "" -> NODES.nullNode();
            default -> NODES.textNode("a string where the schema wants " + type);
        };
    }

    private static double number(JsonNode schema, JsonNode current, boolean integer) {
        double min = schema.has("minimum") ? schema.get("minimum").asDouble() : 0;
        double max = schema.has("maximum") ? schema.get("maximum").asDouble() : min + 100;
        double[] candidates = {Math.floor((min + max) / 2), min, max, min + 1};
        for (double candidate : candidates) {
            double value = integer ? Math.ceil(candidate) : candidate;
            if (value >= min && value <= max && (current == null || current.asDouble() != value)) {
                return value;
            }
        }
        return min;
    }
}
