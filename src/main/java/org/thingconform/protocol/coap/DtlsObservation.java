package org.thingconform.protocol.coap;

import java.security.Principal;
import java.security.PublicKey;
import java.security.cert.CertPath;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.californium.elements.auth.PreSharedKeyIdentity;
import org.eclipse.californium.elements.auth.RawPublicKeyIdentity;
import org.eclipse.californium.elements.auth.X509CertPath;
import org.eclipse.californium.scandium.dtls.DTLSSession;
import org.eclipse.californium.scandium.dtls.HandshakeException;
import org.eclipse.californium.scandium.dtls.Handshaker;
import org.eclipse.californium.scandium.dtls.ProtocolVersion;
import org.eclipse.californium.scandium.dtls.SessionAdapter;
import org.thingconform.protocol.tls.TlsObservation;

/**
 * What a device's DTLS client saw of its handshakes, to trace a completed one and explain a
 * failed one: the server's certificate chain or raw public key as presented, the client's own
 * rejection of it, whether the server got far enough for the client to key its Finished with the
 * pre-shared key, and the session a completed handshake negotiated. Scandium feeds it: as the
 * connector's session listener, and through {@link RecordingCertificateVerifier} and
 * {@link RecordingPskStore}. One per connector, so one connect's handshake; never holds key material.
 */
final class DtlsObservation extends SessionAdapter {

    /** The DTLS version Scandium speaks. */
    static final String PROTOCOL = "DTLSv1.2";

    private final TlsObservation tls = new TlsObservation();
    private final Consumer<Completed> onCompleted;
    private volatile List<X509Certificate> serverChain = List.of();
    private volatile PublicKey serverKey;
    private volatile HandshakeException rejection;
    private volatile String pskIdentity;

    /**
     * A completed handshake as the trace shows it.
     *
     * @param cipherSuite the negotiated suite, e.g. {@code TLS_PSK_WITH_AES_128_CCM_8}
     * @param peer        how the server was authenticated: its certificate's subject, its raw public
     *                    key ({@code ni:///sha-256;…}), or null for a pre-shared key
     * @param pskIdentity the client's PSK identity when the suite is PSK based, else null
     */
    record Completed(String cipherSuite, String peer, String pskIdentity) {
    }

    /** {@code onCompleted} learns of each completed handshake (on Scandium's thread). */
    DtlsObservation(Consumer<Completed> onCompleted) {
        this.onCompleted = onCompleted;
    }

    void presented(CertPath chain, PublicKey rawPublicKey) {
        List<X509Certificate> certificates = List.of();
        if (chain != null) {
            certificates = chain.getCertificates().stream().filter(X509Certificate.class::isInstance)
                    .map(X509Certificate.class::cast).toList();
        }
        serverChain = certificates;
        serverKey = chain == null ? rawPublicKey : null;
        rejection = null;
    }

    void rejected(HandshakeException why) {
        rejection = why;
    }

    void pskUsed(String identity) {
        pskIdentity = identity;
    }

    @Override
    public void handshakeCompleted(Handshaker handshaker) {
        DTLSSession session = handshaker.getSession();
        String suite = session.getCipherSuite().name();
        Principal peer = session.getPeerIdentity();
        String psk = peer instanceof PreSharedKeyIdentity identity ? identity.getIdentity() : null;
        Completed completed = new Completed(suite, peerName(peer), psk);
        String protocol = ProtocolVersion.VERSION_DTLS_1_2.equals(session.getProtocolVersion()) ? PROTOCOL
                : String.valueOf(session.getProtocolVersion());
        tls.completed(new TlsObservation.Handshake(protocol, suite, completed.peer()));
        onCompleted.accept(completed);
    }

    /** The server's chain as last presented, leaf first; empty for PSK, a raw public key or none. */
    List<X509Certificate> serverChain() {
        return serverChain;
    }

    /** The server's raw public key, when it presented one. */
    Optional<PublicKey> serverKey() {
        return Optional.ofNullable(serverKey);
    }

    /** Why the client rejected the server's certificate or raw public key, when it did. */
    Optional<HandshakeException> rejection() {
        return Optional.ofNullable(rejection);
    }

    /**
     * The PSK identity the client keyed its side of the handshake with, when the server got that far
     * (it answered with a PSK suite and the client sent its Finished).
     */
    Optional<String> pskSent() {
        return Optional.ofNullable(pskIdentity);
    }

    /** The last completed handshake (protocol, suite, server). */
    Optional<TlsObservation.Handshake> handshake() {
        return tls.handshake();
    }

    /** How a peer identity reads in a trace or reason; never key material. */
    static String peerName(Principal peer) {
        if (peer instanceof X509CertPath path) {
            return path.getName();
        }
        if (peer instanceof RawPublicKeyIdentity rpk) {
            return "raw public key " + rpk.getName();
        }
        return null;
    }

    /** A certificate's public key as an RFC 6920 name ({@code ni:///sha-256;…}), how reasons name a raw public key. */
    static String rawKeyName(PublicKey key) {
        return new RawPublicKeyIdentity(key).getName();
    }
}
