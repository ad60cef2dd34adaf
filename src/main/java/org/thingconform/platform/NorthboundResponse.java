package org.thingconform.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What an operation returned: HTTP status, the body as received, the values the
 * descriptor's JsonPath extractions found (a missing extraction maps to null), and, for
 * list results with {@code fields}, each item's fields (a missing field maps to null).
 */
public record NorthboundResponse(int status, String body, Map<String, JsonNode> extracted,
                                 Map<String, List<Map<String, JsonNode>>> items, boolean success) {

    public NorthboundResponse(int status, String body, Map<String, JsonNode> extracted, boolean success) {
        this(status, body, extracted, Map.of(), success);
    }

    /** One extracted value, or null when the path found nothing. */
    public JsonNode get(String name) {
        return extracted.get(name);
    }

    /** The items of a list result read through the operation's {@code fields}; empty when there are none. */
    public List<Map<String, JsonNode>> items(String name) {
        return items.getOrDefault(name, List.of());
    }
}
