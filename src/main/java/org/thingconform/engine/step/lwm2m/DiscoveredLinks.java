package org.thingconform.engine.step.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.protocol.lwm2m.CoreLinks;

/**
 * The links a server's API reports for a Discover ({@code links}), however it spells them: items with a
 * {@code path} and an {@code attributes} object, or with a CoRE {@code link} text, or a list of CoRE link
 * texts; as path → (attribute → value).
 */
final class DiscoveredLinks {

    private DiscoveredLinks() {
    }

    static Map<String, Map<String, String>> of(NorthboundResponse response) {
        Map<String, Map<String, String>> links = new LinkedHashMap<>();
        List<Map<String, JsonNode>> items = response.items("links");
        if (!items.isEmpty()) {
            items.forEach(item -> add(links, item.get("path"), item.get("attributes"), item.get("link")));
            return links;
        }
        JsonNode list = response.get("links");
        if (list != null && list.isArray()) {
            list.forEach(item -> add(links, item.isObject() ? item.get("path") : null,
                    item.isObject() ? item.get("attributes") : null, item.isObject() ? item.get("link") : item));
        }
        return links;
    }

    private static void add(Map<String, Map<String, String>> links, JsonNode path, JsonNode attributes, JsonNode link) {
        Map<String, Map<String, String>> parsed = link == null || !link.isTextual() ? Map.of() : parse(link.asText());
        if (path != null && path.isTextual() && attributes != null && attributes.isObject()) {
            Map<String, String> values = new LinkedHashMap<>();
            attributes.fields().forEachRemaining(a -> values.put(a.getKey(), a.getValue().isNull() ? ""
                    : a.getValue().asText()));
            links.put(path.asText(), values);
        } else {
            links.putAll(parsed);
        }
    }

    private static Map<String, Map<String, String>> parse(String link) {
        try {
            return CoreLinks.parse(link);
        } catch (IllegalArgumentException e) {
            throw StepFailure.fail("expected the server's API to report Discover links in CoRE link format; observed "
                    + e.getMessage());
        }
    }
}
