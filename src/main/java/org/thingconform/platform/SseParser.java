package org.thingconform.platform;

import java.util.Optional;

/**
 * The field grammar of a Server-Sent Events stream (WHATWG HTML §9.2.6, "Interpreting an event stream"),
 * fed line by line: {@code event:}, {@code data:} (several lines joined by a line feed), {@code id:},
 * {@code retry:} (read and ignored: the suite does not reconnect), comments ({@code :…}), a field name
 * without a colon, one space after the colon dropped, a blank line dispatching the event (none when it
 * has no data), and a byte-order mark before the first line ignored.
 *
 * <p>Why hand-written: the only small SSE client on Maven Central, OkHttp's {@code okhttp-sse}, brings
 * OkHttp 5, Okio and the Kotlin standard library (about 3 MB) onto the suite's class path for the
 * thirty lines of grammar below, while the JDK's {@code java.net.http.HttpClient} with
 * {@code BodyHandlers.ofLines()} already splits the stream into lines (CR, LF or CRLF, as SSE asks).
 * Not thread-safe: one parser per stream.
 */
public final class SseParser {

    private static final String DEFAULT_TYPE = "message";

    private final StringBuilder data = new StringBuilder();
    private String type = "";
    private String lastId = "";
    private boolean first = true;

    /**
     * Takes one line (without its line ending) and returns the event it completes: a blank line
     * dispatches the event gathered so far, when it has data.
     */
    public Optional<SseEvent> line(String line) {
        if (first) {
            first = false;
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
        }
        if (line.isEmpty()) {
            return dispatch();
        }
        if (line.startsWith(":")) {
            return Optional.empty();
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "event" -> type = value;
            case "data" -> data.append(value).append('\n');
            case "id" -> {
                if (value.indexOf('\0') < 0) {
                    lastId = value;
                }
            }
            default -> {
                // retry and unknown fields are ignored, as the standard says
            }
        }
        return Optional.empty();
    }

    private Optional<SseEvent> dispatch() {
        if (data.length() == 0) {
            type = "";
            return Optional.empty();
        }
        String text = data.substring(0, data.length() - 1);
        SseEvent event = new SseEvent(type.isEmpty() ? DEFAULT_TYPE : type, text, lastId);
        data.setLength(0);
        type = "";
        return Optional.of(event);
    }
}
