package org.thingconform.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a {@link NorthboundOperation}'s JSON body template for one call. It exists so that a descriptor,
 * not Java, states the shape an API wants (Leshan's node bodies, the reference's flat parameters, another
 * server's own), with the call's parameters placed where that shape needs them and keeping their JSON types:
 * <ul>
 *   <li>a leaf that is exactly {@code "{params}"} becomes the call's parameters (an empty object when none);</li>
 *   <li>a leaf that is exactly {@code "{params.NAME}"} becomes the parameter member {@code NAME}, whatever its
 *       JSON type (a number stays a number, a list stays a list); inside a {@code "{forEach}"} item template,
 *       {@code "{item.NAME}"} becomes member {@code NAME} of the current list element. A leaf whose member is
 *       absent is left out: an object drops the member, a list the element, and a body that is nothing but
 *       such a leaf is not sent at all;</li>
 *   <li>an object that has exactly the members {@code "{forEach}"} (a {@code "{params.NAME}"} leaf naming a list)
 *       and {@code "{item}"} (a template) becomes a list: the item template filled once per element;</li>
 *   <li>any other string leaf has its {@code {variable}} placeholders filled from the call's variables.</li>
 * </ul>
 * A body that comes out as a JSON string is sent as text ({@code text/plain}), as is: an API that takes a raw
 * text body (Leshan's Execute arguments) is described by a body template {@code "{params.args}"}.
 */
final class BodyTemplate {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern MEMBER = Pattern.compile("\\{(params|item)\\.([A-Za-z_][A-Za-z0-9_]*)}");
    static final String FOR_EACH = "{forEach}";
    static final String ITEM = "{item}";

    private BodyTemplate() {
    }

    /** The body to send, or empty when the template leaves nothing (its only leaf names an absent member). */
    static Optional<JsonNode> fill(JsonNode template, Map<String, String> variables, JsonNode params) {
        return Optional.ofNullable(fill(template, variables, params, null));
    }

    /** The filled node; null when it is left out. */
    private static JsonNode fill(JsonNode template, Map<String, String> variables, JsonNode params, JsonNode item) {
        if (template.isTextual()) {
            return text(template.asText(), variables, params, item);
        }
        if (template.isObject()) {
            if (template.size() == 2 && template.has(FOR_EACH) && template.has(ITEM)) {
                return each(template, variables, params, item);
            }
            ObjectNode copy = JSON.objectNode();
            template.fields().forEachRemaining(e -> {
                JsonNode filled = fill(e.getValue(), variables, params, item);
                if (filled != null) {
                    copy.set(e.getKey(), filled);
                }
            });
            return copy;
        }
        if (template.isArray()) {
            ArrayNode copy = JSON.arrayNode();
            template.forEach(element -> {
                JsonNode filled = fill(element, variables, params, item);
                if (filled != null) {
                    copy.add(filled);
                }
            });
            return copy;
        }
        return template;
    }

    private static JsonNode text(String text, Map<String, String> variables, JsonNode params, JsonNode item) {
        if (text.equals("{params}")) {
            return params == null ? JSON.objectNode() : params;
        }
        Matcher member = MEMBER.matcher(text);
        if (member.matches()) {
            JsonNode source = member.group(1).equals("params") ? params : item;
            JsonNode value = source == null ? null : source.get(member.group(2));
            return value == null || value.isNull() ? null : value;
        }
        String filled = text;
        for (Map.Entry<String, String> v : variables.entrySet()) {
            filled = filled.replace("{" + v.getKey() + "}", v.getValue());
        }
        return JSON.textNode(filled);
    }

    /** A {@code {forEach}} object: the item template once per element of the list it names (none: left out). */
    private static JsonNode each(JsonNode template, Map<String, String> variables, JsonNode params, JsonNode item) {
        JsonNode list = fill(template.get(FOR_EACH), variables, params, item);
        if (list == null) {
            return null;
        }
        if (!list.isArray()) {
            throw new NorthboundException("the body template's " + FOR_EACH + " " + template.get(FOR_EACH)
                    + " names no list: the call's value is " + list, false, null);
        }
        ArrayNode result = JSON.arrayNode();
        list.forEach(element -> {
            JsonNode filled = fill(template.get(ITEM), variables, params, element);
            if (filled != null) {
                result.add(filled);
            }
        });
        return result;
    }
}
