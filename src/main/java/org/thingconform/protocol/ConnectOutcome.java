package org.thingconform.protocol;

/**
 * How a CONNECT ended, told apart the way a conformance check needs it: accepted, refused
 * with a CONNACK return code (or, for a device signing in with its certificate or pre-shared key,
 * by the server's TLS alert), closed without CONNACK, not answered, not reachable, or not
 * secured: the (D)TLS handshake failed on the client's side (the server's certificate is not
 * trusted, has expired or names another host), so the platform could not be judged.
 *
 * @param kind       what happened
 * @param returnCode the CONNACK return code, or -1 when there was no CONNACK
 * @param detail     what happened in words, for the verdict reason
 */
public record ConnectOutcome(Kind kind, int returnCode, String detail) {

    /** The ways a CONNECT can end. */
    public enum Kind { ACCEPTED, REFUSED, CLOSED_WITHOUT_CONNACK, NO_ANSWER, UNREACHABLE, TLS_FAILED }

    public boolean accepted() {
        return kind == Kind.ACCEPTED;
    }

    /** The outcome of a handshake that failed: the server's refusal of the client, or the client's of the server. */
    public static ConnectOutcome of(org.thingconform.protocol.tls.TlsFailure failure) {
        return new ConnectOutcome(failure.refusedByServer() ? Kind.REFUSED : Kind.TLS_FAILED, -1, failure.reason());
    }
}
