package org.thingconform.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.InputProblem;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.SourceLocation;
import org.thingconform.source.UnknownKeys;

/**
 * Words one JSON Schema error the way the loaders word theirs, located in the user's file:
 * {@code unknown key 'valeus' in step 'postProperties' (did you mean 'values'?); expected one
 * of [device, expect, values]}. The validator's instance location (a JSON Pointer) is looked
 * up in the document's location map; titles, descriptions and {@code patternErrorMessage}s
 * of the schema give the names and the "expected" part.
 */
final class SchemaMessage {

    private final LocatedDocument document;
    private final JsonNode schema;
    private final ValidationMessage message;
    private final SchemaTrail trail;
    private final String pointer;
    private final boolean json;

    private SchemaMessage(LocatedDocument document, JsonNode schema, ValidationMessage message) {
        this.document = document;
        this.schema = schema;
        this.message = message;
        this.trail = SchemaTrail.of(schema, message.getEvaluationPath());
        this.pointer = pointer(message.getInstanceLocation());
        this.json = document.file().getFileName().toString().endsWith(".json");
    }

    /** The problem {@code message} reports about {@code document}, checked against {@code schema}. */
    static InputProblem problem(LocatedDocument document, JsonNode schema, ValidationMessage message) {
        return new SchemaMessage(document, schema, message).problem();
    }

    private InputProblem problem() {
        JsonNode value = document.root().at(pointer);
        return switch (message.getType()) {
            case "additionalProperties" -> InputProblem.of(UnknownKeys.unknown(document,
                    pointer + "/" + DocumentReader.escape(message.getProperty()), message.getProperty(), owner(),
                    trail.allowedKeys()));
            case "required" -> error(pointer, "missing required key '" + message.getProperty() + "' in " + owner(),
                    trail.memberDescription(message.getProperty()).map(d -> "'" + message.getProperty() + "': " + sentence(d))
                            .orElse(null));
            case "type" -> error(pointer, name() + " must be " + typeWords(trail.keywordOwner().get("type"))
                    + ", got " + shown(value), trail.description().map(SchemaMessage::sentence).orElse(null));
            case "enum" -> enumProblem(value);
            case "const" -> error(pointer, name() + " is " + shown(value),
                    shown(trail.keywordOwner().get("const")));
            case "pattern" -> patternProblem(value);
            case "propertyNames" -> propertyNameProblem();
            case "minimum" -> bound(value, "at least", "minimum");
            case "maximum" -> bound(value, "at most", "maximum");
            case "exclusiveMinimum" -> bound(value, "more than", "exclusiveMinimum");
            case "exclusiveMaximum" -> bound(value, "less than", "exclusiveMaximum");
            case "minItems" -> count(value, "item", "at least", "minItems");
            case "maxItems" -> count(value, "item", "at most", "maxItems");
            case "minProperties" -> count(value, "key", "at least", "minProperties");
            case "maxProperties" -> count(value, "key", "at most", "maxProperties");
            case "minLength" -> error(pointer, name() + " is too short", "at least "
                    + trail.keywordOwner().path("minLength").asInt() + " character(s)");
            case "maxLength" -> error(pointer, name() + " is too long", "at most "
                    + trail.keywordOwner().path("maxLength").asInt() + " character(s)");
            default -> error(pointer, name() + ": " + message.getError(), null);
        };
    }

    private InputProblem enumProblem(JsonNode value) {
        List<String> allowed = new ArrayList<>();
        trail.keywordOwner().path("enum").forEach(v -> allowed.add(v.asText()));
        String expected = "one of " + String.join(", ", allowed);
        if (!value.isTextual()) {
            return error(pointer, name() + " " + shown(value) + " is not allowed", expected);
        }
        String hint = UnknownKeys.closest(value.asText(), new TreeSet<>(allowed));
        return error(pointer, "unknown " + bareName() + " '" + value.asText() + "'"
                + (hint == null ? "" : " (did you mean '" + hint + "'?)"), expected);
    }

    private InputProblem patternProblem(JsonNode value) {
        if (value.isTextual() && value.asText().isBlank()) {
            return error(pointer, name() + " must be a non-empty text", trail.description().map(SchemaMessage::sentence)
                    .orElse(null));
        }
        String what = trail.title().orElse(bareName());
        String shownValue = trail.sensitive() ? "" : " '" + value.asText() + "'";
        return error(pointer, what + shownValue + " is not valid", trail.patternMessage()
                .orElse("a text matching " + trail.keywordOwner().path("pattern").asText()));
    }

    private InputProblem propertyNameProblem() {
        String key = message.getProperty();
        JsonNode names = SchemaTrail.resolve(schema, trail.keywordOwner().get("propertyNames"));
        String what = names == null ? "key" : names.path("title").asText("key");
        String expected;
        if (names != null && names.has("enum")) {
            expected = "one of " + StreamSupport.stream(names.get("enum").spliterator(), false).map(JsonNode::asText)
                    .collect(Collectors.joining(", "));
        } else {
            expected = names == null ? null : names.path("patternErrorMessage").asText(
                    "a name matching " + names.path("pattern").asText());
        }
        String keyPointer = pointer + "/" + DocumentReader.escape(key);
        SourceLocation at = document.locations().getOrDefault(keyPointer + "#key", document.locate(keyPointer));
        return InputProblem.error(at, what + " '" + key + "' is not valid", expected);
    }

    private InputProblem bound(JsonNode value, String words, String keyword) {
        return error(pointer, name() + " is " + value.asText(), words + " " + trail.keywordOwner().path(keyword).asText());
    }

    private InputProblem count(JsonNode value, String unit, String words, String keyword) {
        int limit = trail.keywordOwner().path(keyword).asInt();
        return error(pointer, name() + " has " + value.size() + " " + unit + (value.size() == 1 ? "" : "s"),
                words + " " + limit + " " + unit + (limit == 1 ? "" : "s"));
    }

    private InputProblem error(String at, String problem, String expected) {
        return InputProblem.error(document.locate(at), problem, expected);
    }

    /** What the failing object is called: its schema's title, or its key. */
    private String owner() {
        return trail.title().orElse(name());
    }

    /** The value's key in quotes, {@code item 2 of 'tags'} for list items, or {@code the document}. */
    private String name() {
        JsonNodePath path = message.getInstanceLocation();
        int n = path.getNameCount();
        if (n == 0) {
            return "the document";
        }
        Object last = path.getElement(n - 1);
        if (last instanceof Number index) {
            return "item " + (index.intValue() + 1) + (n > 1 ? " of '" + path.getName(n - 2) + "'" : "");
        }
        return "'" + last + "'";
    }

    /** The value's key without quotes, as in {@code unknown level 'x'}. */
    private String bareName() {
        JsonNodePath path = message.getInstanceLocation();
        int n = path.getNameCount();
        return n == 0 || path.getElement(n - 1) instanceof Number ? "value" : path.getName(n - 1);
    }

    private String typeWords(JsonNode type) {
        if (type == null) {
            return "something else";
        }
        if (type.isArray()) {
            Set<String> words = new LinkedHashSet<>();
            type.forEach(t -> words.add(typeWord(t.asText())));
            return String.join(" or ", words);
        }
        return typeWord(type.asText());
    }

    private String typeWord(String type) {
        return switch (type) {
            case "object" -> json ? "an object" : "a mapping";
            case "array" -> json ? "an array" : "a list";
            case "string" -> json ? "a string" : "a text";
            case "integer" -> "an integer";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "null" -> "null";
            default -> type;
        };
    }

    /** A value as messages show it: texts in quotes (unless they may be secrets), containers by kind, short. */
    private String shown(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isTextual() && trail.sensitive()) {
            return json ? "a string" : "a text";
        }
        if (value.isObject()) {
            return json ? "an object" : "a mapping";
        }
        if (value.isArray()) {
            return json ? "an array" : "a list";
        }
        String text = value.isTextual() ? "'" + value.asText() + "'" : value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }

    /** A description as the end of a message: first letter small (unless an acronym), no final period. */
    private static String sentence(String description) {
        String text = description.endsWith(".") ? description.substring(0, description.length() - 1) : description;
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    /** The JSON Pointer of a validator's instance location, escaped as the document's location map keys are. */
    private static String pointer(JsonNodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer.append('/').append(element instanceof Number ? element.toString() : DocumentReader.escape(element.toString()));
        }
        return pointer.toString();
    }
}
