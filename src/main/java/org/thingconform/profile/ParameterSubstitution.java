package org.thingconform.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thingconform.source.LocatedDocument;

/**
 * Replaces {@code ${name}} references to profile parameters inside step arguments. A
 * text that is exactly one reference takes the parameter's value with its type (so
 * {@code code: ${outOfRangeCode}} stays a number); unknown names are located errors.
 */
final class ParameterSubstitution {

    private static final Pattern REFERENCE = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_.-]*)}$");

    private final LocatedDocument document;
    private final Map<String, JsonNode> parameters;

    ParameterSubstitution(LocatedDocument document, Map<String, JsonNode> parameters) {
        this.document = document;
        this.parameters = parameters;
    }

    /** A copy of {@code node} with every reference replaced; {@code pointer} locates errors. */
    JsonNode apply(JsonNode node, String pointer) {
        if (node.isTextual()) {
            Matcher m = REFERENCE.matcher(node.asText());
            if (m.matches()) {
                JsonNode value = parameters.get(m.group(1));
                if (value == null) {
                    throw document.error(pointer, "unknown parameter '" + m.group(1) + "'",
                            "one of the profile's parameters " + parameters.keySet().stream().sorted().toList());
                }
                return value.deepCopy();
            }
            return node;
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), apply(e.getValue(), pointer + "/" + e.getKey())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            for (int i = 0; i < node.size(); i++) {
                copy.add(apply(node.get(i), pointer + "/" + i));
            }
            return copy;
        }
        return node;
    }
}
