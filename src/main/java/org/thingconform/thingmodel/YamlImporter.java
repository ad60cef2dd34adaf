package org.thingconform.thingmodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.UnknownKeys;
import org.thingconform.source.Warnings;

/**
 * Imports ThingConform's native YAML thing model, whose shape mirrors {@link ThingModel}
 * so that a standards editor can write one without knowing TSL or WoT:
 *
 * <pre>
 * productKey: tcSmartMeter1
 * properties:
 *   - {identifier: voltage, name: Voltage, accessMode: r, required: true,
 *      dataType: {type: float, min: 0, max: 480, step: 0.1, unit: V}}
 * events:
 *   - {identifier: overVoltage, type: alert, outputData: [{identifier: peak, dataType: {type: float}}]}
 * services:
 *   - {identifier: reboot, callType: sync, inputData: [], outputData: []}
 * </pre>
 *
 * Keys are checked (a typo is an error with a suggestion), numbers are real YAML numbers,
 * and the defaults are TSL's: name = identifier, accessMode rw, required false, event type
 * info, callType async.
 */
public final class YamlImporter {

    private static final Set<String> ROOT_KEYS = Set.of("productKey", "properties", "events", "services");
    private static final Set<String> PROPERTY_KEYS = Set.of("identifier", "name", "accessMode", "required", "dataType");
    private static final Set<String> EVENT_KEYS = Set.of("identifier", "name", "type", "outputData");
    private static final Set<String> SERVICE_KEYS = Set.of("identifier", "name", "required", "callType", "inputData",
            "outputData");
    private static final Set<String> PARAMETER_KEYS = Set.of("identifier", "name", "dataType");
    private static final Map<DataKind, Set<String>> TYPE_KEYS = typeKeys();
    private static final String KINDS = "one of int, float, double, text, date, bool, enum, struct, array";

    private final NodeReader reader;
    private final LocatedDocument document;
    private final Warnings warnings;

    private YamlImporter(LocatedDocument document, Warnings warnings) {
        this.document = document;
        this.reader = new NodeReader(document);
        this.warnings = warnings;
    }

    /** Reads and imports the native YAML thing model at {@code file}. */
    public static ThingModel importFile(Path file) {
        return importFile(file, Warnings.IGNORE);
    }

    /** Reads and imports the native YAML thing model at {@code file}, reporting what is only suspicious to {@code warnings}. */
    public static ThingModel importFile(Path file, Warnings warnings) {
        return new YamlImporter(DocumentReader.read(file), warnings).model();
    }

    /** Imports an already parsed native thing model. */
    public static ThingModel importDocument(LocatedDocument document) {
        return new YamlImporter(document, Warnings.IGNORE).model();
    }

    private ThingModel model() {
        JsonNode root = reader.object(document.root(), "", "a thing model", "keys " + UnknownKeys.sorted(ROOT_KEYS));
        UnknownKeys.check(document, "", root, "a thing model", ROOT_KEYS);
        String productKey = reader.requiredText(root, "", "productKey", "the product key, e.g. productKey: a1B2c3");
        List<Property> properties = new ArrayList<>();
        reader.forEachItem(root, "", "properties", (node, at) -> properties.add(property(node, at)));
        unique(properties.stream().map(Property::identifier).toList(), "/properties", "property");
        List<Event> events = new ArrayList<>();
        reader.forEachItem(root, "", "events", (node, at) -> events.add(event(node, at)));
        unique(events.stream().map(Event::identifier).toList(), "/events", "event");
        List<Service> services = new ArrayList<>();
        reader.forEachItem(root, "", "services", (node, at) -> services.add(service(node, at)));
        unique(services.stream().map(Service::identifier).toList(), "/services", "service");
        return new ThingModel(productKey, properties, events, services);
    }

    private Property property(JsonNode node, String at) {
        entry(node, at, "a property", PROPERTY_KEYS);
        String id = identifier(node, at);
        String mode = reader.optionalText(node, at, "accessMode").orElse("rw");
        AccessMode accessMode = switch (mode) {
            case "r" -> AccessMode.READ_ONLY;
            case "rw" -> AccessMode.READ_WRITE;
            default -> throw reader.error(at + "/accessMode", "unknown accessMode '" + mode + "'", "r or rw");
        };
        return new Property(id, name(node, at, id), accessMode, reader.optionalBoolean(node, at, "required", false),
                dataType(node.get("dataType"), at + "/dataType", at));
    }

    private Event event(JsonNode node, String at) {
        entry(node, at, "an event", EVENT_KEYS);
        String id = identifier(node, at);
        String type = reader.optionalText(node, at, "type").orElse("info");
        Event.EventType eventType = switch (type) {
            case "info" -> Event.EventType.INFO;
            case "alert" -> Event.EventType.ALERT;
            case "error" -> Event.EventType.ERROR;
            default -> throw reader.error(at + "/type", "unknown event type '" + type + "'", "info, alert or error");
        };
        return new Event(id, name(node, at, id), eventType, parameters(node, at, "outputData"));
    }

    private Service service(JsonNode node, String at) {
        entry(node, at, "a service", SERVICE_KEYS);
        String id = identifier(node, at);
        String call = reader.optionalText(node, at, "callType").orElse("async");
        Service.CallType callType = switch (call) {
            case "async" -> Service.CallType.ASYNC;
            case "sync" -> Service.CallType.SYNC;
            default -> throw reader.error(at + "/callType", "unknown callType '" + call + "'", "async or sync");
        };
        return new Service(id, name(node, at, id), reader.optionalBoolean(node, at, "required", false), callType,
                parameters(node, at, "inputData"), parameters(node, at, "outputData"));
    }

    private List<Parameter> parameters(JsonNode owner, String at, String key) {
        List<Parameter> result = new ArrayList<>();
        reader.forEachItem(owner, at, key, (node, p) -> {
            entry(node, p, "a parameter", PARAMETER_KEYS);
            String id = identifier(node, p);
            result.add(new Parameter(id, name(node, p, id), dataType(node.get("dataType"), p + "/dataType", p)));
        });
        unique(result.stream().map(Parameter::identifier).toList(), at + "/" + key, "parameter");
        return result;
    }

    private DataType dataType(JsonNode node, String at, String ownerAt) {
        if (node == null || node.isNull()) {
            throw reader.error(ownerAt, "missing 'dataType'", "dataType: {type: int, min: 0, max: 100}");
        }
        reader.object(node, at, "dataType", "a mapping such as {type: int, min: 0, max: 100}");
        String typeName = reader.requiredText(node, at, "type", KINDS);
        DataKind kind = DataKind.fromTsl(typeName).orElseThrow(() ->
                reader.error(at + "/type", "unknown data type '" + typeName + "'", KINDS));
        String article = "aeiou".indexOf(typeName.charAt(0)) >= 0 ? "an " : "a ";
        UnknownKeys.check(document, at, node, article + typeName + " dataType", TYPE_KEYS.get(kind));
        List<DataType.Member> members = new ArrayList<>();
        if (kind == DataKind.STRUCT) {
            reader.forEachItem(node, at, "members", (member, p) -> {
                entry(member, p, "a struct member", PARAMETER_KEYS);
                String id = identifier(member, p);
                members.add(new DataType.Member(id, name(member, p, id), dataType(member.get("dataType"), p + "/dataType", p)));
            });
            unique(members.stream().map(DataType.Member::identifier).toList(), at + "/members", "struct member");
        }
        Optional<DataType> item = kind == DataKind.ARRAY && node.has("item")
                ? Optional.of(dataType(node.get("item"), at + "/item", at)) : Optional.empty();
        DataType type = new DataType(kind, reader.optionalNumber(node, at, "min"), reader.optionalNumber(node, at, "max"),
                reader.optionalNumber(node, at, "step"), reader.optionalText(node, at, "unit"),
                reader.optionalInteger(node, at, "length"), reader.optionalInteger(node, at, "size"), item,
                labels(node, at), members);
        return ThingModelChecks.dataType(document, type, part -> switch (part) {
            case TYPE -> at + "/type";
            case MIN -> at + "/min";
            case MAX -> at + "/max";
            case STEP -> at + "/step";
            case LENGTH -> at + "/length";
            case SIZE -> at + "/size";
            case LABELS -> at + "/labels";
        }, warnings);
    }

    private Map<String, String> labels(JsonNode node, String at) {
        Map<String, String> labels = new LinkedHashMap<>();
        reader.forEachEntry(node, at, "labels", (value, label, p) -> {
            if (!label.isTextual()) {
                throw reader.error(p, "the label of " + value + " must be a text, got " + label,
                        "a text (quote words YAML reads as booleans, such as \"on\", \"off\", \"yes\", \"no\")");
            }
            labels.put(value, label.textValue());
        });
        return labels;
    }

    private void entry(JsonNode node, String at, String what, Set<String> keys) {
        reader.object(node, at, what, "keys " + UnknownKeys.sorted(keys));
        UnknownKeys.check(document, at, node, what, keys);
    }

    private String identifier(JsonNode node, String at) {
        return ThingModelChecks.identifier(document, at + "/identifier",
                reader.requiredText(node, at, "identifier", "identifier: letters, digits and underscores"));
    }

    private String name(JsonNode node, String at, String fallback) {
        return reader.optionalText(node, at, "name").orElse(fallback);
    }

    private void unique(List<String> ids, String listAt, String what) {
        ThingModelChecks.unique(document, ids, i -> listAt + "/" + i + "/identifier", what);
    }

    private static Map<DataKind, Set<String>> typeKeys() {
        Map<DataKind, Set<String>> keys = new EnumMap<>(DataKind.class);
        Set<String> numeric = Set.of("type", "min", "max", "step", "unit");
        keys.put(DataKind.INT, numeric);
        keys.put(DataKind.FLOAT, numeric);
        keys.put(DataKind.DOUBLE, numeric);
        keys.put(DataKind.TEXT, Set.of("type", "length"));
        keys.put(DataKind.DATE, Set.of("type"));
        keys.put(DataKind.BOOL, Set.of("type", "labels"));
        keys.put(DataKind.ENUM, Set.of("type", "labels"));
        keys.put(DataKind.STRUCT, Set.of("type", "members"));
        keys.put(DataKind.ARRAY, Set.of("type", "size", "item"));
        return keys;
    }
}
