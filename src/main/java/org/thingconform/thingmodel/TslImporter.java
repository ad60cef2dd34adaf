package org.thingconform.thingmodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.Warnings;

/**
 * Imports an Alibaba/ICA-style TSL JSON document into a {@link ThingModel}. Real files
 * carry numeric specs as JSON strings ("0", "100"); they are coerced here. Problems are
 * reported with the file position of the offending node; the consistency rules are
 * {@link ThingModelChecks}, shared with the other formats.
 */
public final class TslImporter {

    private final LocatedDocument document;
    private final Warnings warnings;

    private TslImporter(LocatedDocument document, Warnings warnings) {
        this.document = document;
        this.warnings = warnings;
    }

    /** Reads and imports the TSL file at {@code file}. */
    public static ThingModel importFile(Path file) {
        return importFile(file, Warnings.IGNORE);
    }

    /** Reads and imports the TSL file at {@code file}, reporting what is only suspicious to {@code warnings}. */
    public static ThingModel importFile(Path file, Warnings warnings) {
        return new TslImporter(DocumentReader.read(file), warnings).model();
    }

    /** Imports an already parsed TSL document. */
    public static ThingModel importDocument(LocatedDocument document) {
        return new TslImporter(document, Warnings.IGNORE).model();
    }

    private ThingModel model() {
        JsonNode root = document.root();
        if (!root.isObject()) {
            throw document.error("", "a TSL document must be a JSON object", "{\"profile\":…, \"properties\":[…]}");
        }
        String productKey = text(root.path("profile").path("productKey"), "/profile/productKey", "the product key");
        List<Property> properties = new ArrayList<>();
        forEach(root, "", "properties", (node, at) -> properties.add(property(node, at)));
        List<Event> events = new ArrayList<>();
        forEach(root, "", "events", (node, at) -> {
            String id = identifier(node, at);
            if (!"post".equals(id)) {
                events.add(new Event(id, node.path("name").asText(id), eventType(node.path("type"), at + "/type"),
                        parameters(node, at, "outputData")));
            }
        });
        unique(root, "", "properties", "property");
        unique(root, "", "events", "event");
        List<Service> services = new ArrayList<>();
        forEach(root, "", "services", (node, at) -> {
            String id = identifier(node, at);
            if (!"set".equals(id) && !"get".equals(id)) {
                services.add(new Service(id, node.path("name").asText(id), node.path("required").asBoolean(false),
                        callType(node.path("callType"), at + "/callType"), parameters(node, at, "inputData"),
                        parameters(node, at, "outputData")));
            }
        });
        unique(root, "", "services", "service");
        return new ThingModel(productKey, properties, events, services);
    }

    private Property property(JsonNode node, String at) {
        String id = identifier(node, at);
        String mode = node.path("accessMode").asText("rw");
        AccessMode accessMode = switch (mode) {
            case "r" -> AccessMode.READ_ONLY;
            case "rw" -> AccessMode.READ_WRITE;
            default -> throw document.error(at + "/accessMode", "unknown accessMode '" + mode + "'", "\"r\" or \"rw\"");
        };
        return new Property(id, node.path("name").asText(id), accessMode, node.path("required").asBoolean(false),
                dataType(node.path("dataType"), at + "/dataType"));
    }

    private List<Parameter> parameters(JsonNode owner, String at, String field) {
        List<Parameter> result = new ArrayList<>();
        forEach(owner, at, field, (node, p) -> {
            String id = identifier(node, p);
            result.add(new Parameter(id, node.path("name").asText(id), dataType(node.path("dataType"), p + "/dataType")));
        });
        unique(owner, at, field, "parameter");
        return result;
    }

    private DataType dataType(JsonNode node, String at) {
        if (!node.isObject()) {
            throw document.error(at, "missing dataType", "{\"type\": \"int\", \"specs\": {…}}");
        }
        String typeName = node.path("type").asText("");
        DataKind kind = DataKind.fromTsl(typeName).orElseThrow(() -> document.error(at + "/type",
                "unknown data type '" + typeName + "'", "one of int, float, double, text, date, bool, enum, struct, array"));
        JsonNode specs = node.path("specs");
        String specsAt = at + "/specs";
        DataType type = switch (kind) {
            case INT, FLOAT, DOUBLE -> new DataType(kind, number(specs, "min", specsAt), number(specs, "max", specsAt),
                    number(specs, "step", specsAt), Optional.ofNullable(specs.path("unit").textValue()),
                    Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), List.of());
            case TEXT -> new DataType(kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    whole(specs, "length", specsAt), Optional.empty(), Optional.empty(),
                    Map.of(), List.of());
            case DATE -> DataType.of(kind);
            case BOOL, ENUM -> new DataType(kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), labels(specs, specsAt), List.of());
            case STRUCT -> {
                List<DataType.Member> members = new ArrayList<>();
                forEach(node, at, "specs", (member, p) -> {
                    String id = identifier(member, p);
                    members.add(new DataType.Member(id, member.path("name").asText(id),
                            dataType(member.path("dataType"), p + "/dataType")));
                });
                unique(node, at, "specs", "struct member");
                yield new DataType(kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), members);
            }
            case ARRAY -> new DataType(kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), whole(specs, "size", specsAt),
                    Optional.of(dataType(specs.path("item"), specsAt + "/item")), Map.of(), List.of());
        };
        return ThingModelChecks.dataType(document, type, part -> switch (part) {
            case TYPE -> at + "/type";
            case MIN -> specsAt + "/min";
            case MAX -> specsAt + "/max";
            case STEP -> specsAt + "/step";
            case LENGTH -> specsAt + "/length";
            case SIZE -> specsAt + "/size";
            case LABELS -> specsAt;
        }, warnings);
    }

    private Map<String, String> labels(JsonNode specs, String at) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (specs.isMissingNode() || specs.isNull()) {
            return labels;
        }
        if (!specs.isObject()) {
            throw document.error(at, "bool and enum specs must be a map of value to label", "{\"0\": \"off\", \"1\": \"on\"}");
        }
        specs.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    private Optional<BigDecimal> number(JsonNode specs, String field, String at) {
        JsonNode value = specs.path(field);
        if (value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            return Optional.of(value.decimalValue());
        }
        try {
            return Optional.of(new BigDecimal(value.asText().trim()));
        } catch (NumberFormatException e) {
            throw document.error(at + "/" + field, "'" + value.asText() + "' is not a number", "a number, e.g. \"100\"");
        }
    }

    private Optional<Integer> whole(JsonNode specs, String field, String at) {
        return number(specs, field, at).map(n -> {
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                throw document.error(at + "/" + field, "'" + specs.path(field).asText() + "' is not a whole number",
                        "an integer, e.g. \"32\"");
            }
        });
    }

    private String identifier(JsonNode node, String at) {
        return ThingModelChecks.identifier(document, at + "/identifier",
                text(node.path("identifier"), at + "/identifier", "an identifier"));
    }

    private void unique(JsonNode owner, String ownerPointer, String field, String what) {
        List<String> ids = new ArrayList<>();
        owner.path(field).forEach(item -> ids.add(item.path("identifier").asText()));
        ThingModelChecks.unique(document, ids, i -> ownerPointer + "/" + field + "/" + i + "/identifier", what);
    }

    private String text(JsonNode node, String at, String what) {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw document.error(at, "missing " + what, "a non-empty string");
        }
        return node.asText();
    }

    private Event.EventType eventType(JsonNode node, String at) {
        return switch (node.asText("info")) {
            case "info" -> Event.EventType.INFO;
            case "alert" -> Event.EventType.ALERT;
            case "error" -> Event.EventType.ERROR;
            default -> throw document.error(at, "unknown event type '" + node.asText() + "'", "info, alert or error");
        };
    }

    private Service.CallType callType(JsonNode node, String at) {
        return switch (node.asText("async")) {
            case "async" -> Service.CallType.ASYNC;
            case "sync" -> Service.CallType.SYNC;
            default -> throw document.error(at, "unknown callType '" + node.asText() + "'", "async or sync");
        };
    }

    private void forEach(JsonNode owner, String ownerPointer, String field, NodeVisitor visitor) {
        JsonNode list = owner.path(field);
        if (list.isMissingNode() || list.isNull()) {
            return;
        }
        String base = ownerPointer + "/" + field;
        if (!list.isArray()) {
            throw document.error(base, "'" + field + "' must be a list", "a JSON array");
        }
        for (int i = 0; i < list.size(); i++) {
            visitor.visit(list.get(i), base + "/" + i);
        }
    }

    @FunctionalInterface
    private interface NodeVisitor {
        void visit(JsonNode node, String pointer);
    }
}
