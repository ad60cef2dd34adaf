package org.thingconform.reference;

import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import org.thingconform.protocol.tls.ClientKey;
import org.thingconform.protocol.tls.PreSharedKey;
import org.thingconform.protocol.tls.TlsPeer;
import org.thingconform.protocol.tls.TlsSettings;
import org.thingconform.protocol.tls.TrustSource;
import org.thingconform.reference.pki.IssuedCertificate;
import org.thingconform.reference.pki.ThrowawayCa;

/**
 * The reference platform's TLS material for one run: a throwaway CA, one server certificate for
 * the loopback names ({@code localhost}, {@code 127.0.0.1}, {@code ::1}) that every TLS and DTLS
 * server of the platform presents, device certificates issued on demand under the
 * {@link TlsPeer} convention, and the server-side {@link SSLContext} that asks devices for a
 * client certificate issued by the same CA (mutual TLS, optional so that plain clients with a
 * password still connect).
 */
public final class ReferenceTls {

    /** The host name the reference's TLS descriptor names, so that host name verification is exercised. */
    public static final String HOST = "localhost";

    private final ThrowawayCa ca;
    private final IssuedCertificate server;
    private final Map<String, IssuedCertificate> devices = new ConcurrentHashMap<>();

    private ReferenceTls(ThrowawayCa ca, IssuedCertificate server) {
        this.ca = ca;
        this.server = server;
    }

    /** New material: a fresh CA and server certificate. */
    public static ReferenceTls create() {
        return create(HOST, "127.0.0.1", "::1");
    }

    /** New material whose server certificate names {@code serverHosts} only (tests give it a name the descriptor does not use). */
    static ReferenceTls create(String... serverHosts) {
        ThrowawayCa ca = ThrowawayCa.create("ThingConform reference CA");
        return new ReferenceTls(ca, ca.server(serverHosts));
    }

    /** Material around a given CA and server certificate (tests: a certificate for other hosts, an expired one). */
    static ReferenceTls of(ThrowawayCa ca, IssuedCertificate server) {
        return new ReferenceTls(ca, server);
    }

    /** The CA that issued everything here. */
    public ThrowawayCa ca() {
        return ca;
    }

    /** The certificate and key every TLS/DTLS server of the platform presents. */
    public IssuedCertificate server() {
        return server;
    }

    /** What a client of the reference trusts: its CA, as a PEM bundle. */
    public TrustSource trust() {
        return new TrustSource.PemBundle("the reference platform's throwaway CA", List.of(ca.certificate()));
    }

    /** Client settings for the reference's TLS endpoints: its CA, host names verified, no client credentials. */
    public TlsSettings clientSettings() {
        return new TlsSettings(trust(), List.of(), List.of(), null, true, null, null, false);
    }

    /** The client certificate of device {@code productKey/deviceName} ({@code CN=dn, OU=pk}), issued once per run. */
    public ClientKey deviceCertificate(String productKey, String deviceName) {
        return devices.computeIfAbsent(productKey + "/" + deviceName,
                key -> ca.client(TlsPeer.subjectOf(productKey, deviceName)))
                .clientKey("the reference's certificate of " + productKey + "/" + deviceName);
    }

    /**
     * The subject of the device certificate issued here for {@code key}: how a device that presents
     * only that certificate's public key (a DTLS raw public key, RFC 7250) is tied to its identity.
     */
    public Optional<String> deviceSubject(PublicKey key) {
        return devices.values().stream().filter(issued -> issued.certificate().getPublicKey().equals(key))
                .map(issued -> issued.certificate().getSubjectX500Principal().getName()).findFirst();
    }

    /** The DTLS pre-shared key of a device: identity {@code pk.dn}, the device secret as key. */
    public static PreSharedKey devicePsk(String productKey, String deviceName, String deviceSecret) {
        return new PreSharedKey(TlsPeer.pskIdentityOf(productKey, deviceName),
                deviceSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A server context presenting the server certificate and trusting the CA for client certificates. */
    public SSLContext serverContext() {
        return server.serverContext(ca.certificate());
    }
}
