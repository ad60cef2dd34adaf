package org.thingconform.protocol.lwm2m;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.leshan.core.node.LwM2mNode;

/**
 * One request the LwM2M server sent to the simulated client, as it arrived on the wire: what
 * the engine's steps assert on ("the server sent a PUT with Content-Format 11542 on /3/0/14").
 *
 * @param time          when it arrived
 * @param method        GET, PUT, POST, DELETE, …
 * @param path          the Uri-Path with a leading slash, e.g. {@code /3/0/14}; {@code /} for none
 * @param query         the Uri-Query parameters as sent, e.g. {@code pmin=1}
 * @param accept        the Accept option, if any
 * @param contentFormat the Content-Format option, if any
 * @param observe       the Observe option (0 register, 1 deregister), if any
 * @param token         the token in hex
 * @param payload       the raw payload (never null)
 * @param payloadText   the payload readable: text for textual formats, hex otherwise
 * @param decoded       the payload decoded with the object model, when it decodes
 */
public record ServerRequest(Instant time, String method, String path, List<String> query, OptionalInt accept,
                            OptionalInt contentFormat, OptionalInt observe, String token, byte[] payload,
                            String payloadText, Optional<LwM2mNode> decoded) {

    public ServerRequest {
        query = List.copyOf(query);
        payload = payload == null ? new byte[0] : payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** Whether this is {@code method} on {@code path}, e.g. {@code is("PUT", "/3/0/14")}. */
    public boolean is(String method, String path) {
        return this.method.equalsIgnoreCase(method) && this.path.equals(path);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(method).append(' ').append(path);
        if (!query.isEmpty()) {
            text.append('?').append(String.join("&", query));
        }
        accept.ifPresent(a -> text.append(" accept=").append(a));
        contentFormat.ifPresent(f -> text.append(" contentFormat=").append(f));
        observe.ifPresent(o -> text.append(" observe=").append(o));
        if (!payloadText.isEmpty()) {
            text.append(' ').append(payloadText);
        }
        return text.toString();
    }
}
