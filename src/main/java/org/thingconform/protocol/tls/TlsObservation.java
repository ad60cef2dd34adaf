package org.thingconform.protocol.tls;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one client saw of its (D)TLS handshakes: the server's certificate chain as presented,
 * the problem the client found with it, and the session the last handshake negotiated. Adapters
 * read it to trace the handshake and to explain a failed one.
 */
public final class TlsObservation {

    /** A completed handshake: protocol (e.g. TLSv1.3), cipher suite and the server's subject (null for PSK). */
    public record Handshake(String protocol, String cipherSuite, String peer) {
    }

    private final AtomicReference<List<X509Certificate>> serverChain = new AtomicReference<>(List.of());
    private final AtomicReference<Exception> problem = new AtomicReference<>();
    private final AtomicReference<Handshake> handshake = new AtomicReference<>();

    void presented(X509Certificate[] chain) {
        serverChain.set(chain == null ? List.of() : List.of(chain));
        problem.set(null);
    }

    void rejected(Exception why) {
        problem.set(why);
    }

    /** Records a completed handshake. */
    public void completed(Handshake completed) {
        handshake.set(completed);
    }

    /** The server's chain as last presented, leaf first; empty when none was. */
    public List<X509Certificate> serverChain() {
        return serverChain.get();
    }

    /** Why the client rejected the last chain presented, when it did. */
    public Optional<Exception> problem() {
        return Optional.ofNullable(problem.get());
    }

    /** The last completed handshake. */
    public Optional<Handshake> handshake() {
        return Optional.ofNullable(handshake.get());
    }
}
