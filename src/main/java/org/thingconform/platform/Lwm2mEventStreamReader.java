package org.thingconform.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thingconform.profile.Fields;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.LocatedDocument;

/**
 * Reads a descriptor's {@code lwm2m.events} ({@link Lwm2mEventStream}): path, query and header templates, the
 * server's name of each event kind, and the JsonPaths of each field; every problem an error at its line.
 */
final class Lwm2mEventStreamReader {

    private static final String SHAPE = "{path: /event, query: {ep: \"{endpoint}\"}, headers: {Accept: "
            + "text/event-stream}, kinds: {registration: REGISTRATION, …}, fields: {endpoint: $.ep, path: $.res, "
            + "value: $.val.value}}";

    private final LocatedDocument document;

    Lwm2mEventStreamReader(LocatedDocument document) {
        this.document = document;
    }

    /** The {@code events} of {@code lwm2m}, or null when it has none. */
    Lwm2mEventStream read(Fields lwm2m) {
        if (!lwm2m.has("events")) {
            return null;
        }
        Fields events = Fields.of(document, lwm2m.child("events"), lwm2m.requiredObject("events", SHAPE),
                "lwm2m events", Set.of("path", "query", "headers", "kinds", "fields"));
        String path = events.requiredText("path", "the stream's path after the API's base URL, e.g. /event");
        if (!path.startsWith("/")) {
            throw events.error("path", "'" + path + "' does not start with /", "a path after the API's base URL, "
                    + "e.g. /event");
        }
        Map<String, String> kinds = texts(events, "kinds", "the suite's event kind → the server's SSE event type, "
                + "e.g. update: UPDATED");
        for (String kind : kinds.keySet()) {
            if (!Lwm2mEventStream.KINDS.contains(kind)) {
                throw document.error(events.child("kinds") + "/" + DocumentReader.escape(kind), "unknown event kind '"
                        + kind + "'", "one of " + Lwm2mEventStream.KINDS.stream().sorted().toList());
            }
        }
        if (kinds.isEmpty()) {
            throw events.error("kinds", "the event stream names no event kind", "kinds: {registration: REGISTRATION, "
                    + "update: UPDATED, deregistration: DEREGISTRATION, notification: NOTIFICATION}");
        }
        return new Lwm2mEventStream(path, texts(events, "query", "query parameter → value template, e.g. ep: "
                + "\"{endpoint}\""), texts(events, "headers", "header → value, e.g. Accept: text/event-stream"),
                kinds, fields(events));
    }

    private Map<String, List<String>> fields(Fields events) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (!events.has("fields")) {
            return fields;
        }
        JsonNode node = events.requiredObject("fields", "field → JsonPath (or a list of them, tried in order), e.g. "
                + "endpoint: [$.ep, $.endpoint]");
        node.fields().forEachRemaining(e -> {
            String pointer = events.child("fields") + "/" + DocumentReader.escape(e.getKey());
            if (!Lwm2mEventStream.FIELDS.contains(e.getKey())) {
                throw document.error(pointer, "unknown event field '" + e.getKey() + "'", "one of "
                        + Lwm2mEventStream.FIELDS.stream().sorted().toList());
            }
            List<String> paths = new ArrayList<>();
            if (e.getValue().isArray() && !e.getValue().isEmpty()) {
                for (int i = 0; i < e.getValue().size(); i++) {
                    paths.add(jsonPath(pointer + "/" + i, e.getValue().get(i)));
                }
            } else {
                paths.add(jsonPath(pointer, e.getValue()));
            }
            fields.put(e.getKey(), paths);
        });
        return fields;
    }

    private String jsonPath(String pointer, JsonNode node) {
        if (!node.isTextual()) {
            throw document.error(pointer, "a JsonPath must be a text", "a Jayway JsonPath such as $.val.value");
        }
        try {
            JsonPath.compile(node.asText());
        } catch (RuntimeException e) {
            throw document.error(pointer, "'" + node.asText() + "' is not a JsonPath: " + e.getMessage(),
                    "a Jayway JsonPath such as $.val.value");
        }
        return node.asText();
    }

    private Map<String, String> texts(Fields owner, String key, String expected) {
        Map<String, String> result = new LinkedHashMap<>();
        if (!owner.has(key)) {
            return result;
        }
        JsonNode node = owner.requiredObject(key, expected);
        node.fields().forEachRemaining(e -> {
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw document.error(owner.child(key) + "/" + DocumentReader.escape(e.getKey()), "'" + e.getKey()
                        + "' must be a text", expected);
            }
            result.put(e.getKey(), e.getValue().asText());
        });
        return result;
    }
}
