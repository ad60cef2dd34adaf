package org.thingconform.thingmodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.thingconform.source.BadInputException;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.LocatedDocument;

/**
 * Typed reads of one parsed document for the WoT and YAML importers: each read returns a
 * value of the expected JSON type or throws a {@link BadInputException} located at the
 * node. Numbers must be real numbers here (unlike TSL, which writes them as strings).
 */
final class NodeReader {

    private final LocatedDocument document;

    NodeReader(LocatedDocument document) {
        this.document = document;
    }

    LocatedDocument document() {
        return document;
    }

    /** The pointer of {@code key} below {@code at}. */
    static String child(String at, String key) {
        return at + "/" + DocumentReader.escape(key);
    }

    BadInputException error(String at, String problem, String expected) {
        return document.error(at, problem, expected);
    }

    /** {@code node} itself, which must be a mapping. */
    JsonNode object(JsonNode node, String at, String what, String expected) {
        if (node == null || !node.isObject()) {
            throw document.error(at, what + " must be " + (document.file().toString().endsWith(".json")
                    ? "a JSON object" : "a mapping"), expected);
        }
        return node;
    }

    String requiredText(JsonNode owner, String at, String key, String expected) {
        return optionalText(owner, at, key).orElseThrow(() -> document.error(at, "missing '" + key + "'", expected));
    }

    Optional<String> optionalText(JsonNode owner, String at, String key) {
        JsonNode value = owner.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw document.error(child(at, key), "'" + key + "' must be a non-empty text, got " + value, "a text");
        }
        return Optional.of(value.textValue());
    }

    boolean optionalBoolean(JsonNode owner, String at, String key, boolean fallback) {
        JsonNode value = owner.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw document.error(child(at, key), "'" + key + "' must be true or false, got " + value, "true or false");
        }
        return value.booleanValue();
    }

    Optional<BigDecimal> optionalNumber(JsonNode owner, String at, String key) {
        JsonNode value = owner.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw document.error(child(at, key), "'" + key + "' must be a number, got " + value,
                    "a number written without quotes, e.g. 100 or 0.1");
        }
        return Optional.of(value.decimalValue());
    }

    Optional<Integer> optionalInteger(JsonNode owner, String at, String key) {
        JsonNode value = owner.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw document.error(child(at, key), "'" + key + "' must be an integer, got " + value,
                    "an integer written without quotes, e.g. 32");
        }
        return Optional.of(value.intValue());
    }

    /** Visits the items of the list at {@code key}, if there is one. */
    void forEachItem(JsonNode owner, String at, String key, ItemVisitor visitor) {
        JsonNode list = owner.get(key);
        if (list == null || list.isNull()) {
            return;
        }
        String listAt = child(at, key);
        if (!list.isArray()) {
            throw document.error(listAt, "'" + key + "' must be a list", "a list");
        }
        for (int i = 0; i < list.size(); i++) {
            visitor.visit(list.get(i), listAt + "/" + i);
        }
    }

    /** Visits the entries of the mapping at {@code key}, if there is one, in document order. */
    void forEachEntry(JsonNode owner, String at, String key, EntryVisitor visitor) {
        JsonNode map = owner.get(key);
        if (map == null || map.isNull()) {
            return;
        }
        String mapAt = child(at, key);
        object(map, mapAt, "'" + key + "'", "a mapping of name to definition");
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            visitor.visit(entry.getKey(), entry.getValue(), child(mapAt, entry.getKey()));
        }
    }

    @FunctionalInterface
    interface ItemVisitor {
        void visit(JsonNode item, String at);
    }

    @FunctionalInterface
    interface EntryVisitor {
        void visit(String name, JsonNode value, String at);
    }
}
