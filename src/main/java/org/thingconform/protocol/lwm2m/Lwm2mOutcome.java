package org.thingconform.protocol.lwm2m;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The server's answer to a request the client sent (Register, Update, De-register or a raw
 * request), as a step asserts on it; empty code when no answer came in time.
 *
 * @param code          the CoAP response code as CoAP writes it, e.g. {@code 2.01}; empty: no answer
 * @param locationPath  the Location-Path options joined with a leading slash, e.g. {@code /rd/5a3f}; empty if none
 * @param contentFormat the response's Content-Format, if any
 * @param payload       the response payload (never null)
 * @param payloadText   the payload in a readable form (text for textual formats, hex otherwise)
 */
public record Lwm2mOutcome(Optional<String> code, String locationPath, OptionalInt contentFormat, byte[] payload,
                           String payloadText) {

    public Lwm2mOutcome {
        payload = payload == null ? new byte[0] : payload.clone();
    }

    /** No answer within the timeout. */
    public static Lwm2mOutcome noAnswer() {
        return new Lwm2mOutcome(Optional.empty(), "", OptionalInt.empty(), new byte[0], "");
    }

    /** Whether the server answered with a 2.xx code. */
    public boolean success() {
        return code.map(c -> c.startsWith("2.")).orElse(false);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public String toString() {
        return code.map(c -> c + (locationPath.isEmpty() ? "" : " " + locationPath)
                + (payloadText.isEmpty() ? "" : " " + payloadText)).orElse("no answer");
    }
}
