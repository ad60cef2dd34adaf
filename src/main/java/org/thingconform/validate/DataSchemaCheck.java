package org.thingconform.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Set;

/**
 * Checks a value against a WoT TD data schema (a property, an action's input or output, an
 * event's data) with the networknt validator. A TD data schema is JSON Schema plus TD terms
 * ({@code forms}, {@code observable}, {@code @type}, …); only the validation keywords are kept.
 */
public final class DataSchemaCheck {

    private static final Set<String> KEYWORDS = Set.of("type", "const", "enum", "minimum", "maximum",
            "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern", "minItems",
            "maxItems", "required");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private DataSchemaCheck() {
    }

    /** Why {@code value} does not fit {@code dataSchema}; empty when it does. */
    public static List<String> violations(JsonNode dataSchema, JsonNode value) {
        Set<ValidationMessage> messages = FACTORY.getSchema(validationPart(dataSchema)).validate(value);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** The JSON Schema validation keywords of a TD data schema, nested schemas included. */
    static ObjectNode validationPart(JsonNode dataSchema) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        if (dataSchema == null || !dataSchema.isObject()) {
            return schema;
        }
        dataSchema.fields().forEachRemaining(e -> {
            if (KEYWORDS.contains(e.getKey())) {
                schema.set(e.getKey(), e.getValue());
            }
        });
        if (dataSchema.path("items").isObject()) {
            schema.set("items", validationPart(dataSchema.get("items")));
        }
        if (dataSchema.path("properties").isObject()) {
            ObjectNode properties = schema.putObject("properties");
            dataSchema.get("properties").fields().forEachRemaining(e -> properties.set(e.getKey(),
                    validationPart(e.getValue())));
        }
        if (dataSchema.path("oneOf").isArray()) {
            var oneOf = schema.putArray("oneOf");
            dataSchema.get("oneOf").forEach(s -> oneOf.add(validationPart(s)));
        }
        return schema;
    }
}
