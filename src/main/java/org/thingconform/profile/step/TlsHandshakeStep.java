package org.thingconform.profile.step;

import java.util.List;
import org.thingconform.source.SourceLocation;

/**
 * Checks a TLS fact a standard states about an endpoint of the platform: a handshake offering
 * exactly {@code versions} (and {@code cipherSuites}, when given) is accepted or refused, and an
 * accepted one negotiates one of {@code negotiated} (when given). The endpoint's trust and client
 * certificate are the descriptor's.
 *
 * @param endpoint     which endpoint: {@code mqtt}, {@code http}, {@code northbound} or {@code interconnection}
 * @param versions     the TLS versions offered; empty = the endpoint's
 * @param cipherSuites the cipher suites offered; empty = the endpoint's
 * @param accepted     whether the handshake must succeed (else: must be refused)
 * @param negotiated   for an accepted handshake, the versions it may end with; empty = any
 */
public record TlsHandshakeStep(SourceLocation location, String endpoint, List<String> versions,
                               List<String> cipherSuites, boolean accepted, List<String> negotiated) implements Step {

    /** The endpoints a TLS handshake can be tried on. */
    public static final List<String> ENDPOINTS = List.of("mqtt", "http", "northbound", "interconnection");

    public TlsHandshakeStep {
        versions = List.copyOf(versions);
        cipherSuites = List.copyOf(cipherSuites);
        negotiated = List.copyOf(negotiated);
    }

    @Override
    public String kind() {
        return "tlsHandshake";
    }
}
