package org.thingconform.platform;

/**
 * One event of a Server-Sent Events stream (WHATWG HTML, "Server-sent events"), as {@link SseParser}
 * dispatches it: the server's event type ({@code message} when the stream names none), its data (the
 * {@code data:} lines joined by line feeds) and the last event id seen (empty when none).
 */
public record SseEvent(String type, String data, String id) {
}
