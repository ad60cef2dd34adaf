package org.thingconform.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import org.thingconform.thingmodel.DataType;
import org.thingconform.thingmodel.ThingModel;

/**
 * Alters a value into a different one of the same kind, for fault
 * {@link Fault#SET_WRONG_PARAMS}: numbers move by one (down when one up would pass max),
 * bools flip, enums take another key, texts change a character, dates move by a
 * millisecond, structs and arrays alter their first member or item.
 */
final class ValueMutator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ValueMutator() {
    }

    /** A copy of {@code params} with the value of its first property altered. */
    static ObjectNode alterFirst(ObjectNode params, ThingModel model) {
        ObjectNode altered = params.deepCopy();
        Iterator<Map.Entry<String, JsonNode>> fields = params.fields();
        if (fields.hasNext()) {
            Map.Entry<String, JsonNode> first = fields.next();
            model.property(first.getKey())
                    .ifPresent(p -> altered.set(first.getKey(), alter(first.getValue(), p.dataType())));
        }
        return altered;
    }

    /** A value of {@code type} different from {@code value}, where one can be made. */
    static JsonNode alter(JsonNode value, DataType type) {
        return switch (type.kind()) {
            case INT -> NODES.numberNode(step(value.decimalValue(), type).intValue());
            case FLOAT, DOUBLE -> NODES.numberNode(step(value.decimalValue(), type).doubleValue());
            case BOOL -> NODES.numberNode(value.asInt() == 0 ? 1 : 0);
            case ENUM -> {
                String current = value.asText();
                yield new TreeSet<>(type.labels().keySet()).stream().filter(k -> !k.equals(current)).findFirst()
                        .<JsonNode>map(k -> NODES.numberNode(Integer.parseInt(k)))
                        .orElse(NODES.numberNode(value.asInt() + 1));
            }
            case TEXT -> {
                String text = value.asText();
                yield NODES.textNode(text.isEmpty() ? "x"
                        : (text.charAt(0) == 'x' ? "y" : "x") + text.substring(1));
            }
            case DATE -> NODES.textNode(Long.toString(Long.parseLong(value.asText()) + 1));
            case STRUCT -> {
                ObjectNode struct = value.deepCopy();
                if (!type.members().isEmpty()) {
                    DataType.Member first = type.members().get(0);
                    struct.set(first.identifier(), alter(value.get(first.identifier()), first.dataType()));
                }
                yield struct;
            }
            case ARRAY -> {
                // An empty array stays empty: there is no item to alter.
                ArrayNode array = value.deepCopy();
                if (!array.isEmpty() && type.item().isPresent()) {
                    array.set(0, alter(array.get(0), type.item().get()));
                }
                yield array;
            }
        };
    }

    private static BigDecimal step(BigDecimal number, DataType type) {
        BigDecimal up = number.add(BigDecimal.ONE);
        return type.max().isPresent() && up.compareTo(type.max().get()) > 0 ? number.subtract(BigDecimal.ONE) : up;
    }
}
