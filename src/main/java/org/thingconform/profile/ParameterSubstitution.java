package org.thingconform.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thingconform.source.LocatedDocument;

/**
 * Computes {@code ${expression}} values inside step arguments from the profile's
 * parameters, with the {@link ExpressionLanguage}. A text that is exactly one
 * expression takes the expression's value with its type, so
 * {@code code: ${outOfRangeCode}} stays a number and {@code ${maxVoltage + 10}} is a
 * computed number. Unknown names and forbidden constructs are located errors.
 */
final class ParameterSubstitution {

    private static final Pattern EXPRESSION = Pattern.compile("^\\$\\{(.+)}$", Pattern.DOTALL);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final LocatedDocument document;
    private final Map<String, JsonNode> parameters;
    private final Map<String, Object> values = new LinkedHashMap<>();

    ParameterSubstitution(LocatedDocument document, Map<String, JsonNode> parameters) {
        this.document = document;
        this.parameters = parameters;
        parameters.forEach((name, node) -> values.put(name, JSON.convertValue(node, Object.class)));
    }

    /** A copy of {@code node} with every expression replaced by its value; {@code pointer} locates errors. */
    JsonNode apply(JsonNode node, String pointer) {
        if (node.isTextual()) {
            Matcher m = EXPRESSION.matcher(node.asText().trim());
            return m.matches() ? evaluate(m.group(1), pointer) : node;
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

    private JsonNode evaluate(String text, String pointer) {
        Expression expression;
        try {
            expression = ExpressionLanguage.compile(text);
        } catch (IllegalArgumentException e) {
            throw document.error(pointer, e.getMessage(), "an expression over the profile's parameters");
        }
        for (String variable : expression.variables()) {
            if (!parameters.containsKey(variable)) {
                throw document.error(pointer, "unknown parameter '" + variable + "'",
                        "one of the profile's parameters " + parameters.keySet().stream().sorted().toList());
            }
        }
        try {
            Object value = expression.evaluate(values);
            if (expression.variables().size() == 1 && expression.text().trim().equals(expression.variables().iterator().next())) {
                return parameters.get(expression.variables().iterator().next()).deepCopy();
            }
            return JSON.valueToTree(value);
        } catch (IllegalArgumentException e) {
            throw document.error(pointer, e.getMessage(), "an expression that evaluates");
        }
    }
}
