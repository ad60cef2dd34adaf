package org.thingconform.thingmodel;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link ThingModel} as a W3C WoT Thing Model 1.1, so a model written in TSL or
 * native YAML can be handed to WoT tooling, and read back by {@link WotImporter} to the
 * same model. What WoT cannot say is written with the {@code tc:} terms of
 * {@link WotVocabulary}; the title is the product key, as the internal model has no other.
 */
public final class WotThingModelExporter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private WotThingModelExporter() {
    }

    /** The Thing Model as a JSON tree. */
    public static ObjectNode export(ThingModel model) {
        ObjectNode tm = NODES.objectNode();
        ArrayNode context = tm.putArray("@context");
        context.add(WotVocabulary.TD_CONTEXT);
        context.addObject().put(WotVocabulary.TC_PREFIX, WotVocabulary.TC_NAMESPACE);
        tm.put("@type", WotVocabulary.THING_MODEL);
        tm.put("title", model.productKey());
        tm.put(WotVocabulary.PRODUCT_KEY, model.productKey());
        ObjectNode properties = tm.putObject("properties");
        model.properties().forEach(p -> properties.set(p.identifier(), property(p)));
        ObjectNode actions = tm.putObject("actions");
        model.services().forEach(s -> actions.set(s.identifier(), action(s)));
        ObjectNode events = tm.putObject("events");
        model.events().forEach(e -> events.set(e.identifier(), event(e)));
        return tm;
    }

    /** The Thing Model as indented JSON text. */
    public static String toJson(ThingModel model) {
        try {
            return JSON.writeValueAsString(export(model));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode property(Property property) {
        ObjectNode node = NODES.objectNode().put("title", property.name());
        schema(node, property.dataType());
        if (!property.accessMode().writable()) {
            node.put("readOnly", true);
        }
        if (property.required()) {
            node.put(WotVocabulary.REQUIRED, true);
        }
        return node;
    }

    private static ObjectNode action(Service service) {
        ObjectNode node = NODES.objectNode().put("title", service.name());
        node.put("synchronous", service.callType() == Service.CallType.SYNC);
        if (service.required()) {
            node.put(WotVocabulary.REQUIRED, true);
        }
        if (!service.inputData().isEmpty()) {
            node.set("input", parameters(service.inputData()));
        }
        if (!service.outputData().isEmpty()) {
            node.set("output", parameters(service.outputData()));
        }
        return node;
    }

    private static ObjectNode event(Event event) {
        ObjectNode node = NODES.objectNode().put("title", event.name());
        node.put(WotVocabulary.EVENT_TYPE, event.type().name().toLowerCase(Locale.ROOT));
        if (!event.outputData().isEmpty()) {
            node.set("data", parameters(event.outputData()));
        }
        return node;
    }

    private static ObjectNode parameters(List<Parameter> parameters) {
        ObjectNode node = NODES.objectNode().put("type", "object");
        ObjectNode members = node.putObject("properties");
        parameters.forEach(p -> members.set(p.identifier(), member(p.name(), p.dataType())));
        return node;
    }

    private static ObjectNode member(String name, DataType type) {
        ObjectNode node = NODES.objectNode().put("title", name);
        schema(node, type);
        return node;
    }

    /** Adds the DataSchema terms of {@code type} to {@code node}. */
    private static void schema(ObjectNode node, DataType type) {
        switch (type.kind()) {
            case INT, FLOAT, DOUBLE -> {
                node.put("type", type.kind() == DataKind.INT ? "integer" : "number");
                if (type.kind() == DataKind.FLOAT) {
                    node.put(WotVocabulary.DATA_TYPE, "float");
                }
                type.min().ifPresent(v -> node.put("minimum", v));
                type.max().ifPresent(v -> node.put("maximum", v));
                type.step().ifPresent(v -> node.put("multipleOf", v));
                type.unit().ifPresent(v -> node.put("unit", v));
            }
            case TEXT -> {
                node.put("type", "string");
                type.length().ifPresent(v -> node.put("maxLength", v));
            }
            case DATE -> node.put("type", "string").put(WotVocabulary.DATA_TYPE, "date");
            case BOOL -> {
                node.put("type", "boolean");
                if (!type.labels().isEmpty()) {
                    node.set(WotVocabulary.BOOL_LABELS, labels(type.labels()));
                }
            }
            case ENUM -> {
                node.put("type", "integer");
                ArrayNode values = node.putArray("enum");
                sortedKeys(type.labels()).forEach(k -> values.add(Integer.parseInt(k)));
                node.set(WotVocabulary.ENUM_LABELS, labels(type.labels()));
            }
            case STRUCT -> {
                node.put("type", "object");
                ObjectNode members = node.putObject("properties");
                ArrayNode required = NODES.arrayNode();
                type.members().forEach(m -> {
                    members.set(m.identifier(), member(m.name(), m.dataType()));
                    required.add(m.identifier());
                });
                if (!required.isEmpty()) {
                    node.set("required", required);
                }
            }
            case ARRAY -> {
                node.put("type", "array");
                type.size().ifPresent(v -> node.put("maxItems", v));
                type.item().ifPresent(item -> {
                    ObjectNode items = node.putObject("items");
                    schema(items, item);
                });
            }
        }
    }

    private static ObjectNode labels(Map<String, String> labels) {
        ObjectNode node = NODES.objectNode();
        sortedKeys(labels).forEach(k -> node.put(k, labels.get(k)));
        return node;
    }

    private static List<String> sortedKeys(Map<String, String> labels) {
        return labels.keySet().stream().sorted(Comparator.comparingInt(Integer::parseInt)).toList();
    }
}
