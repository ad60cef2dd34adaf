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
    private final AtomicReference<javax.net.ssl.SSLSocket> socket = new AtomicReference<>();

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

    /** Records the socket of a connection, whose session tells its handshake once it is done. */
    public void connecting(javax.net.ssl.SSLSocket connecting) {
        socket.set(connecting);
        handshake.set(null);
    }

    /**
     * The last completed handshake. The JDK tells handshake listeners on a thread of its own, so a
     * caller that has just connected may be ahead of it: then the socket's session answers.
     */
    public Optional<Handshake> handshake() {
        Handshake done = handshake.get();
        javax.net.ssl.SSLSocket last = socket.get();
        if (done == null && last != null && !last.isClosed()) {
            javax.net.ssl.SSLSession session = last.getSession();
            if (session.isValid() && !"SSL_NULL_WITH_NULL_NULL".equals(session.getCipherSuite())) {
                done = TlsSocketFactory.handshake(session);
            }
        }
        return Optional.ofNullable(done);
    }
}
