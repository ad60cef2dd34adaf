package org.thingconform.trace;

import java.time.Instant;
import java.util.Map;

/**
 * One protocol message seen by the suite, as evidence for a verdict.
 *
 * @param time       when the suite sent or received it
 * @param direction  seen from the suite: SENT by a simulated device or the northbound client, or RECEIVED
 * @param protocol   "mqtt", "http", "coap"
 * @param kind       the packet or message kind: PUBLISH, CONNECT, GET, …
 * @param address    topic, URL or resource path
 * @param attributes protocol fields a certification engineer checks (qos, retain, status, …); never credentials
 * @param payload    the payload as text, secrets already masked
 */
public record TraceEntry(Instant time, Direction direction, String protocol, String kind, String address,
                         Map<String, String> attributes, String payload) {

    public TraceEntry {
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }

    /** Which way a message travelled, seen from the suite. */
    public enum Direction { SENT, RECEIVED }

    /** One line of readable text, as attached to reports. */
    public String toLine() {
        StringBuilder line = new StringBuilder().append(time).append(' ')
                .append(direction == Direction.SENT ? "-> " : "<- ")
                .append(protocol).append(' ').append(kind).append(' ').append(address);
        attributes.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        if (payload != null && !payload.isEmpty()) {
            line.append(' ').append(payload);
        }
        return line.toString();
    }
}
