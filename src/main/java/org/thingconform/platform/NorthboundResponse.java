package org.thingconform.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * What a northbound operation returned: HTTP status, the body as received, and the values
 * the descriptor's JsonPath extractions found (a missing extraction maps to null).
 */
public record NorthboundResponse(int status, String body, Map<String, JsonNode> extracted, boolean success) {

    /** One extracted value, or null when the path found nothing. */
    public JsonNode get(String name) {
        return extracted.get(name);
    }
}
