package org.thingconform.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.thingconform.source.BadInputException;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.SourceLocation;
import org.thingconform.source.UnknownKeys;

/**
 * Typed, located access to one YAML mapping of a profile: every read either returns a
 * value of the expected type or throws a {@link BadInputException} pointing at the
 * offending line, and unknown keys are reported with a "did you mean" suggestion.
 */
public final class Fields {

    private final LocatedDocument document;
    private final String pointer;
    private final JsonNode node;

    private Fields(LocatedDocument document, String pointer, JsonNode node) {
        this.document = document;
        this.pointer = pointer;
        this.node = node;
    }

    /** The mapping at {@code pointer}, which must be a mapping with only {@code allowed} keys. */
    public static Fields of(LocatedDocument document, String pointer, JsonNode node, String what, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw document.error(pointer, what + " must be a mapping", "keys " + sorted(allowed));
        }
        UnknownKeys.check(document, pointer, node, what, allowed);
        return new Fields(document, pointer, node);
    }

    public LocatedDocument document() {
        return document;
    }

    public String pointer() {
        return pointer;
    }

    public JsonNode node() {
        return node;
    }

    public String child(String key) {
        return pointer + "/" + DocumentReader.escape(key);
    }

    public SourceLocation location() {
        return document.locate(pointer);
    }

    public boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    public String requiredText(String key, String expected) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw document.error(pointer, "missing required key '" + key + "'", expected);
        }
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw document.error(child(key), "'" + key + "' must be a non-empty text", expected);
        }
        return value.asText();
    }

    public String optionalText(String key, String fallback) {
        return has(key) ? requiredText(key, "a text") : fallback;
    }

    public boolean optionalBoolean(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isBoolean()) {
            throw document.error(child(key), "'" + key + "' must be true or false", "true or false");
        }
        return value.booleanValue();
    }

    public Integer optionalInt(String key) {
        if (!has(key)) {
            return null;
        }
        JsonNode value = node.get(key);
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw document.error(child(key), "'" + key + "' must be an integer, got " + value, "an integer");
        }
        return value.intValue();
    }

    public ObjectNode requiredObject(String key, String expected) {
        JsonNode value = node.get(key);
        if (value == null || !value.isObject()) {
            throw document.error(value == null ? pointer : child(key),
                    value == null ? "missing required key '" + key + "'" : "'" + key + "' must be a mapping", expected);
        }
        return (ObjectNode) value;
    }

    public ObjectNode optionalObject(String key) {
        return has(key) ? requiredObject(key, "a mapping") : null;
    }

    public List<String> textList(String key) {
        List<String> result = new ArrayList<>();
        if (!has(key)) {
            return result;
        }
        JsonNode value = node.get(key);
        if (!value.isArray()) {
            throw document.error(child(key), "'" + key + "' must be a list", "a list of texts");
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                throw document.error(child(key) + "/" + i, "list item must be a text", "a text");
            }
            result.add(value.get(i).asText());
        }
        return result;
    }

    /** A located error at {@code key} of this mapping. */
    public BadInputException error(String key, String problem, String expected) {
        return document.error(key == null ? pointer : child(key), problem, expected);
    }

    private static List<String> sorted(Set<String> names) {
        return UnknownKeys.sorted(names);
    }
}
