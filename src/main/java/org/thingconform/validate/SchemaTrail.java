package org.thingconform.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schemas a validator error went through to reach the value it is about, found by
 * walking its evaluation path ({@code /properties/mqtt/$ref/properties/port/$ref/type})
 * through the schema tree and following local {@code $ref}s. Messages take their words
 * from it: the nearest {@code title} and {@code description}, the keys an object allows.
 */
final class SchemaTrail {

    /** Keywords whose next segment names a subschema in a map or list. */
    private static final Set<String> NAMED = Set.of("properties", "patternProperties", "$defs", "dependentSchemas");
    private static final Set<String> INDEXED = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    /** Keywords whose subschema describes another value than the current one (a member, an item, a key). */
    private static final Set<String> OTHER_VALUE = Set.of("properties", "patternProperties", "items", "prefixItems",
            "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "contains", "propertyNames");

    private final JsonNode root;
    /** The subschemas describing the value, outermost first; the last holds the failing keyword. */
    private final List<JsonNode> sameValue;

    private SchemaTrail(JsonNode root, List<JsonNode> sameValue) {
        this.root = root;
        this.sameValue = sameValue;
    }

    /** The trail of the evaluation path {@code path}, whose last segment is the failing keyword. */
    static SchemaTrail of(JsonNode root, JsonNodePath path) {
        List<JsonNode> same = new ArrayList<>(List.of(root));
        JsonNode current = root;
        int last = path.getNameCount() - 1;
        for (int i = 0; i < last && current != null; i++) {
            String segment = path.getName(i);
            if (segment.equals("$ref")) {
                current = resolve(root, current);
                same.add(current);
                continue;
            }
            boolean otherValue = OTHER_VALUE.contains(segment);
            if ((NAMED.contains(segment) || INDEXED.contains(segment)) && i + 1 < last) {
                JsonNode container = current.get(segment);
                String name = path.getName(++i);
                current = container == null ? null
                        : container.isArray() ? container.get(Integer.parseInt(name)) : container.get(name);
            } else {
                current = current.get(segment);
            }
            if (otherValue) {
                same = new ArrayList<>();
            }
            same.add(current);
        }
        same.removeIf(node -> node == null || !node.isObject());
        return new SchemaTrail(root, same);
    }

    /** The subschema holding the failing keyword. */
    JsonNode keywordOwner() {
        return sameValue.isEmpty() ? root : sameValue.get(sameValue.size() - 1);
    }

    /** The innermost {@code title} of the value's schemas. */
    Optional<String> title() {
        return innermost("title");
    }

    /** The innermost {@code description} of the value's schemas. */
    Optional<String> description() {
        return innermost("description");
    }

    /** The innermost {@code patternErrorMessage}: what a value that matches looks like. */
    Optional<String> patternMessage() {
        return innermost("patternErrorMessage");
    }

    /** Whether the value may hold a secret ({@code writeOnly}): messages must not show it. */
    boolean sensitive() {
        return sameValue.stream().anyMatch(node -> node.path("writeOnly").asBoolean(false));
    }

    /** The keys the failing object schema lists under {@code properties}. */
    Set<String> allowedKeys() {
        Set<String> keys = new TreeSet<>();
        JsonNode properties = keywordOwner().get("properties");
        if (properties != null) {
            properties.fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    /** The description of member {@code key} in the innermost schema that lists it. */
    Optional<String> memberDescription(String key) {
        for (int i = sameValue.size() - 1; i >= 0; i--) {
            JsonNode member = sameValue.get(i).path("properties").get(key);
            if (member != null && member.isObject()) {
                if (member.hasNonNull("description")) {
                    return Optional.of(member.get("description").asText());
                }
                JsonNode target = resolve(root, member);
                return target != null && target.hasNonNull("description")
                        ? Optional.of(target.get("description").asText()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The schema a subschema stands for: itself, or where its local {@code $ref} points. */
    static JsonNode resolve(JsonNode root, JsonNode schema) {
        JsonNode ref = schema == null ? null : schema.get("$ref");
        if (ref == null || !ref.isTextual() || !ref.asText().startsWith("#")) {
            return schema;
        }
        JsonNode target = root.at(ref.asText().substring(1));
        return target.isMissingNode() ? schema : target;
    }

    private Optional<String> innermost(String field) {
        for (int i = sameValue.size() - 1; i >= 0; i--) {
            JsonNode value = sameValue.get(i).get(field);
            if (value != null && value.isTextual()) {
                return Optional.of(value.asText());
            }
        }
        return Optional.empty();
    }
}
