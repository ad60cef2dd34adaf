package org.thingconform.thingmodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.Warnings;

/**
 * Imports a W3C WoT Thing Model 1.1 into a {@link ThingModel}: property affordances become
 * properties ({@code readOnly} → r, else rw), actions become services ({@code input} and
 * {@code output} object schemas → input and output data, {@code synchronous: true} → sync),
 * events become events ({@code data} object schema → output data). Data schemas map as
 * {@link WotSchemaReader} says; what WoT lacks comes from the {@code tc:} terms of
 * {@link WotVocabulary}. A {@code tm:extends} link is resolved first, from local files only.
 */
public final class WotImporter {

    private final NodeReader reader;
    private final WotSchemaReader schemas;
    private final LocatedDocument document;

    private WotImporter(LocatedDocument document, Warnings warnings) {
        this.document = document;
        this.reader = new NodeReader(document);
        this.schemas = new WotSchemaReader(reader, warnings);
    }

    /** Reads the Thing Model at {@code file}, with the models it extends, and imports it. */
    public static ThingModel importFile(Path file) {
        return importFile(file, Warnings.IGNORE);
    }

    /** As {@link #importFile(Path)}, reporting what is only suspicious to {@code warnings}. */
    public static ThingModel importFile(Path file, Warnings warnings) {
        return new WotImporter(WotExtendsResolver.resolve(file), warnings).model();
    }

    /**
     * Imports a Thing Model received as a document (a platform's export): its header ({@code @context},
     * {@code tm:ThingModel}) is checked as for a file; it stands alone, so a {@code tm:extends} link is
     * not followed.
     *
     * @throws org.thingconform.source.BadInputException when the document is not such a Thing Model
     */
    public static ThingModel importDocument(LocatedDocument document) {
        WotHeader.check(document);
        return new WotImporter(document, Warnings.IGNORE).model();
    }

    private ThingModel model() {
        JsonNode root = document.root();
        WotVocabulary.checkTerms(document, root, "", "the Thing Model", WotVocabulary.THING_TERMS);
        String productKey = reader.requiredText(root, "", WotVocabulary.PRODUCT_KEY,
                "the product key, e.g. \"" + WotVocabulary.PRODUCT_KEY + "\": \"a1B2c3\"");
        List<Property> properties = new ArrayList<>();
        reader.forEachEntry(root, "", "properties", (name, node, at) -> properties.add(property(name, node, at)));
        List<Service> services = new ArrayList<>();
        reader.forEachEntry(root, "", "actions", (name, node, at) -> services.add(service(name, node, at)));
        List<Event> events = new ArrayList<>();
        reader.forEachEntry(root, "", "events", (name, node, at) -> events.add(event(name, node, at)));
        return new ThingModel(productKey, properties, events, services);
    }

    private Property property(String name, JsonNode node, String at) {
        String id = affordance(name, node, at, "property '" + name + "'");
        WotVocabulary.checkTerms(document, node, at, "property '" + name + "'", WotVocabulary.PROPERTY_TERMS);
        AccessMode mode = reader.optionalBoolean(node, at, "readOnly", false) ? AccessMode.READ_ONLY : AccessMode.READ_WRITE;
        return new Property(id, title(node, at, id), mode, reader.optionalBoolean(node, at, WotVocabulary.REQUIRED, false),
                schemas.read(node, at, WotVocabulary.PROPERTY_TERMS));
    }

    private Service service(String name, JsonNode node, String at) {
        String id = affordance(name, node, at, "action '" + name + "'");
        WotVocabulary.checkTerms(document, node, at, "action '" + name + "'", WotVocabulary.ACTION_TERMS);
        Service.CallType callType = reader.optionalBoolean(node, at, "synchronous", false)
                ? Service.CallType.SYNC : Service.CallType.ASYNC;
        return new Service(id, title(node, at, id), reader.optionalBoolean(node, at, WotVocabulary.REQUIRED, false),
                callType, parameters(node, at, "input"), parameters(node, at, "output"));
    }

    private Event event(String name, JsonNode node, String at) {
        String id = affordance(name, node, at, "event '" + name + "'");
        WotVocabulary.checkTerms(document, node, at, "event '" + name + "'", WotVocabulary.EVENT_TERMS);
        String type = reader.optionalText(node, at, WotVocabulary.EVENT_TYPE).orElse("info");
        Event.EventType eventType = switch (type) {
            case "info" -> Event.EventType.INFO;
            case "alert" -> Event.EventType.ALERT;
            case "error" -> Event.EventType.ERROR;
            default -> throw reader.error(NodeReader.child(at, WotVocabulary.EVENT_TYPE),
                    "unknown event type '" + type + "'", "info, alert or error");
        };
        return new Event(id, title(node, at, id), eventType, parameters(node, at, "data"));
    }

    /** The parameters of an action's input or output or an event's data: the members of an object schema. */
    private List<Parameter> parameters(JsonNode affordance, String at, String key) {
        JsonNode schema = affordance.get(key);
        if (schema == null || schema.isNull()) {
            return List.of();
        }
        String schemaAt = NodeReader.child(at, key);
        DataType type = schemas.read(schema, schemaAt, WotVocabulary.SCHEMA_TERMS);
        if (type.kind() != DataKind.STRUCT) {
            throw reader.error(schemaAt + "/type", "'" + key + "' must be an object schema whose properties are the "
                    + "parameters", "{\"type\": \"object\", \"properties\": {…}}");
        }
        return type.members().stream().map(m -> new Parameter(m.identifier(), m.name(), m.dataType())).toList();
    }

    private String affordance(String name, JsonNode node, String at, String what) {
        reader.object(node, at, what, "an affordance definition");
        return ThingModelChecks.identifier(document, at + "#key", name);
    }

    private String title(JsonNode node, String at, String fallback) {
        return reader.optionalText(node, at, "title").orElse(fallback);
    }
}
