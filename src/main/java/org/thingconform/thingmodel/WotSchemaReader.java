package org.thingconform.thingmodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.Warnings;

/**
 * Turns a WoT DataSchema into a {@link DataType}. The WoT type gives the kind — integer →
 * int (enum when it has {@code enum}), number → double, string → text (date with
 * {@code format: date-time}), boolean → bool, object → struct, array → array — unless
 * {@code tc:dataType} picks another kind the type allows. Constraints map as minimum → min,
 * maximum → max, multipleOf → step, unit, maxLength → length, maxItems → size, items →
 * item, properties → members; labels come from {@code tc:boolLabels} and {@code tc:enumLabels}.
 */
final class WotSchemaReader {

    private static final String TYPES = "boolean, integer, number, string, object or array";

    private final NodeReader reader;
    private final LocatedDocument document;
    private final Warnings warnings;

    WotSchemaReader(NodeReader reader, Warnings warnings) {
        this.reader = reader;
        this.document = reader.document();
        this.warnings = warnings;
    }

    /** The data type of the schema {@code node} at {@code at}, where the {@code tcTerms} may appear. */
    DataType read(JsonNode node, String at, Set<String> tcTerms) {
        reader.object(node, at, "a data schema", "{\"type\": \"integer\", …}");
        WotVocabulary.checkTerms(document, node, at, "a data schema", tcTerms);
        String type = reader.requiredText(node, at, "type", "a type: " + TYPES);
        DataKind kind = kind(node, at, type);
        if (node.has("enum") && kind != DataKind.ENUM) {
            throw reader.error(at + "/enum", "'enum' of a " + kind.tslName() + " has no thing-model equivalent",
                    "enum on an integer schema (a thing-model enum)");
        }
        DataType dataType = switch (kind) {
            case INT, FLOAT, DOUBLE -> new DataType(kind, reader.optionalNumber(node, at, "minimum"),
                    reader.optionalNumber(node, at, "maximum"), reader.optionalNumber(node, at, "multipleOf"),
                    reader.optionalText(node, at, "unit"), Optional.empty(), Optional.empty(), Optional.empty(),
                    Map.of(), List.of());
            case TEXT -> new DataType(kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    reader.optionalInteger(node, at, "maxLength"), Optional.empty(), Optional.empty(), Map.of(), List.of());
            case DATE -> DataType.of(kind);
            case BOOL -> labelled(kind, texts(node, at, WotVocabulary.BOOL_LABELS));
            case ENUM -> labelled(kind, enumLabels(node, at));
            case STRUCT -> new DataType(kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), members(node, at));
            case ARRAY -> new DataType(kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), reader.optionalInteger(node, at, "maxItems"), items(node, at), Map.of(), List.of());
        };
        return ThingModelChecks.dataType(document, dataType, part -> switch (part) {
            case TYPE -> at + "/type";
            case MIN -> at + "/minimum";
            case MAX -> at + "/maximum";
            case STEP -> at + "/multipleOf";
            case LENGTH -> at + "/maxLength";
            case SIZE -> at + "/maxItems";
            case LABELS -> kind == DataKind.ENUM ? at + "/enum" : NodeReader.child(at, WotVocabulary.BOOL_LABELS);
        }, warnings);
    }

    /** The members of an object schema, each property a member. */
    List<DataType.Member> members(JsonNode node, String at) {
        List<DataType.Member> members = new ArrayList<>();
        reader.forEachEntry(node, at, "properties", (name, schema, p) -> {
            String id = ThingModelChecks.identifier(document, p + "#key", name);
            members.add(new DataType.Member(id, reader.optionalText(schema, p, "title").orElse(id),
                    read(schema, p, WotVocabulary.SCHEMA_TERMS)));
        });
        return members;
    }

    private DataKind kind(JsonNode node, String at, String type) {
        DataKind natural = switch (type) {
            case "integer" -> node.has("enum") ? DataKind.ENUM : DataKind.INT;
            case "number" -> DataKind.DOUBLE;
            case "string" -> "date-time".equals(node.path("format").asText()) ? DataKind.DATE : DataKind.TEXT;
            case "boolean" -> DataKind.BOOL;
            case "object" -> DataKind.STRUCT;
            case "array" -> DataKind.ARRAY;
            case "null" -> throw reader.error(at + "/type", "type 'null' has no thing-model data type", TYPES);
            default -> throw reader.error(at + "/type", "unknown type '" + type + "'", TYPES);
        };
        Optional<String> declared = reader.optionalText(node, at, WotVocabulary.DATA_TYPE);
        if (declared.isEmpty()) {
            return natural;
        }
        String dataTypeAt = NodeReader.child(at, WotVocabulary.DATA_TYPE);
        Set<DataKind> fitting = switch (natural) {
            case INT, ENUM -> Set.of(DataKind.INT, DataKind.ENUM);
            case DOUBLE -> Set.of(DataKind.FLOAT, DataKind.DOUBLE);
            case TEXT, DATE -> Set.of(DataKind.TEXT, DataKind.DATE);
            default -> Set.of(natural);
        };
        DataKind kind = DataKind.fromTsl(declared.get()).filter(fitting::contains).orElseThrow(() ->
                reader.error(dataTypeAt, "tc:dataType '" + declared.get() + "' does not fit type '" + type + "'",
                        "one of " + fitting.stream().map(DataKind::tslName).sorted().toList() + " for type " + type));
        if (kind == DataKind.ENUM && !node.has("enum")) {
            throw reader.error(at, "an enum schema without 'enum'", "\"enum\": the list of its integer values");
        }
        return kind;
    }

    private Map<String, String> enumLabels(JsonNode node, String at) {
        JsonNode values = node.get("enum");
        if (!values.isArray()) {
            throw reader.error(at + "/enum", "'enum' must be a list", "a list of integers, e.g. [0, 1, 2]");
        }
        Map<String, String> given = texts(node, at, WotVocabulary.ENUM_LABELS);
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            JsonNode value = values.get(i);
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw reader.error(at + "/enum/" + i, "enum value " + value + " is not an integer", "an integer");
            }
            String key = Integer.toString(value.intValue());
            if (labels.put(key, given.getOrDefault(key, key)) != null) {
                throw reader.error(at + "/enum/" + i, "enum value " + key + " is listed twice", "each value once");
            }
        }
        given.keySet().stream().filter(key -> !labels.containsKey(key)).findFirst().ifPresent(key -> {
            throw reader.error(NodeReader.child(NodeReader.child(at, WotVocabulary.ENUM_LABELS), key) + "#key",
                    "a label for '" + key + "', which is not an enum value", "labels only for the values in 'enum'");
        });
        return labels;
    }

    private Map<String, String> texts(JsonNode node, String at, String key) {
        Map<String, String> texts = new LinkedHashMap<>();
        reader.forEachEntry(node, at, key, (name, value, p) -> {
            if (!value.isTextual()) {
                throw reader.error(p, "the label of '" + name + "' must be a text, got " + value, "a text");
            }
            texts.put(name, value.textValue());
        });
        return texts;
    }

    private Optional<DataType> items(JsonNode node, String at) {
        JsonNode items = node.get("items");
        if (items == null || items.isNull()) {
            return Optional.empty();
        }
        if (!items.isObject()) {
            throw reader.error(at + "/items", "'items' must be one data schema", "{\"type\": \"integer\"} (no tuples)");
        }
        return Optional.of(read(items, at + "/items", WotVocabulary.SCHEMA_TERMS));
    }

    private static DataType labelled(DataKind kind, Map<String, String> labels) {
        return new DataType(kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), labels, List.of());
    }
}
