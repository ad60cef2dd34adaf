package org.thingconform.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How an LwM2M server's API streams its events (Server-Sent Events), described rather than coded, so
 * that Leshan's {@code GET /api/event?ep=…} and the reference's {@code GET /lwm2m/v1/events?endpoint=…}
 * are two descriptors of one concept. Reached with the API's base URL, TLS and authentication.
 *
 * @param path    the stream's path, appended to the API's base URL, e.g. {@code /event}
 * @param query   query parameter → value template; {@code {endpoint}} is the client's endpoint name
 * @param headers request header → value template, e.g. {@code Accept: text/event-stream}
 * @param kinds   the suite's event kind ({@link #KINDS}) → the server's SSE event type, e.g.
 *                {@code update → UPDATED}; a kind not named cannot be awaited
 * @param fields  the suite's event field ({@link #FIELDS}) → JsonPaths on the event's data, tried in order
 *                (the first that finds a value wins: Leshan's registration events carry the endpoint as
 *                {@code $.endpoint}, its notifications as {@code $.ep})
 */
public record Lwm2mEventStream(String path, Map<String, String> query, Map<String, String> headers,
                               Map<String, String> kinds, Map<String, List<String>> fields) {

    /** The event kinds a profile can await. */
    public static final Set<String> KINDS = Set.of("registration", "update", "deregistration", "notification");

    /** The fields the suite reads from an event's data. */
    public static final Set<String> FIELDS = Set.of("endpoint", "path", "value");

    public Lwm2mEventStream {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        kinds = Map.copyOf(kinds);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((name, paths) -> copy.put(name, List.copyOf(paths)));
        fields = Collections.unmodifiableMap(copy);
    }

    /** The suite's kind of the server's event type {@code type}, or null for a type the descriptor does not map. */
    public String kindOf(String type) {
        return kinds.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }
}
