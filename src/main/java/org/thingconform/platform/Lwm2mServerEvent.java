package org.thingconform.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One event an LwM2M server's event stream reported, read through the descriptor's {@link Lwm2mEventStream}:
 * what steps await ("a notification of /3303/0/5700 with 24.5").
 *
 * @param kind     the suite's kind ({@code registration}, {@code update}, {@code deregistration},
 *                 {@code notification}), or null for a type the descriptor does not map
 * @param type     the server's own event type, e.g. {@code NOTIFICATION}
 * @param endpoint the client's endpoint name, when the data carries it
 * @param path     the LwM2M path, when the data carries it, e.g. {@code /3/0/9}
 * @param value    the reported value, when the data carries it
 * @param data     the event's data as sent
 * @param received when the suite read it
 */
public record Lwm2mServerEvent(String kind, String type, String endpoint, String path, JsonNode value, String data,
                               Instant received) {

    @Override
    public String toString() {
        return type + (path == null ? "" : " " + path) + (value == null ? "" : " = " + value);
    }
}
