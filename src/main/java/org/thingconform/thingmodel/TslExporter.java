package org.thingconform.thingmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a {@link ThingModel} as Alibaba/ICA-style TSL JSON, the common format platforms
 * exchange thing models in. Numeric specs are written as strings, as real TSL files have them;
 * {@link TslImporter} reads the result back into an equal model.
 */
public final class TslExporter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TslExporter() {
    }

    /** The TSL JSON document of {@code model}. */
    public static ObjectNode toTsl(ThingModel model) {
        ObjectNode root = NODES.objectNode();
        root.put("schema", "https://iotx-tsl.oss-ap-southeast-1.aliyuncs.com/schema.json");
        ObjectNode profile = root.putObject("profile");
        profile.put("version", "1.0");
        profile.put("productKey", model.productKey());
        ArrayNode properties = root.putArray("properties");
        for (Property property : model.properties()) {
            ObjectNode p = properties.addObject();
            p.put("identifier", property.identifier());
            p.put("name", property.name());
            p.put("accessMode", property.accessMode().tslCode());
            p.put("required", property.required());
            p.set("dataType", dataType(property.dataType()));
        }
        ArrayNode events = root.putArray("events");
        for (Event event : model.events()) {
            ObjectNode e = events.addObject();
            e.put("identifier", event.identifier());
            e.put("name", event.name());
            e.put("type", event.type().name().toLowerCase(Locale.ROOT));
            e.set("outputData", parameters(event.outputData()));
        }
        ArrayNode services = root.putArray("services");
        for (Service service : model.services()) {
            ObjectNode s = services.addObject();
            s.put("identifier", service.identifier());
            s.put("name", service.name());
            s.put("required", service.required());
            s.put("callType", service.callType().name().toLowerCase(Locale.ROOT));
            s.set("inputData", parameters(service.inputData()));
            s.set("outputData", parameters(service.outputData()));
        }
        return root;
    }

    private static ArrayNode parameters(List<Parameter> parameters) {
        ArrayNode list = NODES.arrayNode();
        for (Parameter parameter : parameters) {
            ObjectNode p = list.addObject();
            p.put("identifier", parameter.identifier());
            p.put("name", parameter.name());
            p.set("dataType", dataType(parameter.dataType()));
        }
        return list;
    }

    private static JsonNode dataType(DataType type) {
        ObjectNode node = NODES.objectNode();
        node.put("type", type.kind().tslName());
        switch (type.kind()) {
            case INT, FLOAT, DOUBLE -> {
                ObjectNode specs = node.putObject("specs");
                number(specs, "min", type.min());
                number(specs, "max", type.max());
                number(specs, "step", type.step());
                type.unit().ifPresent(unit -> specs.put("unit", unit));
            }
            case TEXT -> {
                ObjectNode specs = node.putObject("specs");
                type.length().ifPresent(length -> specs.put("length", String.valueOf(length)));
            }
            case DATE -> node.putObject("specs");
            case BOOL, ENUM -> {
                ObjectNode specs = node.putObject("specs");
                type.labels().entrySet().stream()
                        .sorted((a, b) -> new BigDecimal(a.getKey()).compareTo(new BigDecimal(b.getKey())))
                        .forEach(e -> specs.put(e.getKey(), e.getValue()));
            }
            case STRUCT -> {
                ArrayNode specs = node.putArray("specs");
                for (DataType.Member member : type.members()) {
                    ObjectNode m = specs.addObject();
                    m.put("identifier", member.identifier());
                    m.put("name", member.name());
                    m.set("dataType", dataType(member.dataType()));
                }
            }
            case ARRAY -> {
                ObjectNode specs = node.putObject("specs");
                type.size().ifPresent(size -> specs.put("size", String.valueOf(size)));
                type.item().ifPresent(item -> specs.set("item", dataType(item)));
            }
        }
        return node;
    }

    private static void number(ObjectNode specs, String name, Optional<BigDecimal> value) {
        value.ifPresent(v -> specs.put(name, v.toPlainString()));
    }
}
