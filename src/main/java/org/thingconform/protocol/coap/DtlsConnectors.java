package org.thingconform.protocol.coap;

import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.californium.elements.auth.RawPublicKeyIdentity;
import org.eclipse.californium.scandium.DTLSConnector;
import org.eclipse.californium.scandium.config.DtlsConfig;
import org.eclipse.californium.scandium.config.DtlsConfig.DtlsRole;
import org.eclipse.californium.scandium.config.DtlsConnectorConfig;
import org.eclipse.californium.scandium.dtls.CertificateType;
import org.eclipse.californium.scandium.dtls.cipher.CipherSuite;
import org.eclipse.californium.scandium.dtls.cipher.CipherSuite.CertificateKeyAlgorithm;
import org.eclipse.californium.scandium.dtls.cipher.CipherSuite.KeyExchangeAlgorithm;
import org.eclipse.californium.scandium.dtls.pskstore.AdvancedSinglePskStore;
import org.eclipse.californium.scandium.dtls.x509.SingleCertificateProvider;
import org.eclipse.californium.scandium.dtls.x509.StaticNewAdvancedCertificateVerifier;
import org.thingconform.protocol.tls.ClientKey;
import org.thingconform.protocol.tls.TlsContexts;
import org.thingconform.protocol.tls.TlsSettings;

/**
 * Turns {@link TlsSettings} into a device's Scandium {@link DTLSConnector}: the one place that
 * builds DTLS clients. The client offers what its credentials can use: PSK suites for a
 * pre-shared key, certificate suites (X.509, or RFC 7250 raw public keys when the settings ask
 * for them) for a client key, both when it has both (PSK first), and certificate suites with an
 * anonymous client when it has neither; the descriptor's {@code cipherSuites} replace that choice.
 * The client's chain is sent whole, whatever CAs the server names, so a platform sees (and must
 * refuse) a certificate it did not issue.
 * The server's certificate must chain to the settings' trust (its name checked against the host,
 * sent as SNI when it is a name, unless {@code verifyHostname} is off); a server's raw public key
 * must be the key of a certificate in that trust. A PSK-only client sends SNI only when the
 * settings name a server. Scandium speaks DTLS 1.2 only, so {@code versions} do not apply.
 */
final class DtlsConnectors {

    private DtlsConnectors() {
    }

    /**
     * A client connector on the wildcard address and an ephemeral port for {@code tls}, recording
     * into {@code observation}.
     *
     * @throws IllegalArgumentException when the settings cannot make a DTLS client (unknown suite, empty trust)
     */
    static DTLSConnector client(TlsSettings tls, DtlsObservation observation) {
        List<CipherSuite> suites = suites(tls);
        boolean certificates = CipherSuite.containsCipherSuiteRequiringCertExchange(suites);
        List<CertificateType> types = List.of(tls.rawPublicKey() ? CertificateType.RAW_PUBLIC_KEY
                : CertificateType.X_509);
        DtlsConnectorConfig.Builder builder = DtlsConnectorConfig.builder(CoapConfiguration.standard())
                .setAddress(new InetSocketAddress(0))
                .set(DtlsConfig.DTLS_ROLE, DtlsRole.CLIENT_ONLY)
                .set(DtlsConfig.DTLS_RECEIVER_THREAD_COUNT, 1)
                .set(DtlsConfig.DTLS_CONNECTOR_THREAD_COUNT, 1)
                .set(DtlsConfig.DTLS_RECOMMENDED_CIPHER_SUITES_ONLY, false)
                .set(DtlsConfig.DTLS_TRUNCATE_CLIENT_CERTIFICATE_PATH, false)
                .set(DtlsConfig.DTLS_USE_SERVER_NAME_INDICATION, certificates || tls.serverName() != null)
                .set(DtlsConfig.DTLS_VERIFY_SERVER_CERTIFICATES_SUBJECT, tls.verifyHostname())
                .setAsList(DtlsConfig.DTLS_CERTIFICATE_TYPES, types.toArray(CertificateType[]::new))
                .setAsList(DtlsConfig.DTLS_CIPHER_SUITES, suites.toArray(CipherSuite[]::new))
                .setLoggingTag("device")
                .setSessionListener(observation);
        if (tls.psk() != null && CipherSuite.containsPskBasedCipherSuite(suites)) {
            builder.setAdvancedPskStore(new RecordingPskStore(
                    new AdvancedSinglePskStore(tls.psk().identity(), tls.psk().key()), observation));
        }
        if (certificates) {
            builder.setAdvancedCertificateVerifier(new RecordingCertificateVerifier(verifier(tls), observation));
            ClientKey key = tls.clientKey();
            if (key != null) {
                builder.setCertificateIdentityProvider(tls.rawPublicKey()
                        ? new SingleCertificateProvider(key.key(), key.certificate().getPublicKey())
                        : new SingleCertificateProvider(key.key(), key.chain().toArray(X509Certificate[]::new),
                                CertificateType.X_509));
            }
        }
        return new DTLSConnector(builder.build());
    }

    /** The suites offered: the settings' own, or those the client's credentials can use. */
    static List<CipherSuite> suites(TlsSettings tls) {
        if (!tls.cipherSuites().isEmpty()) {
            List<CipherSuite> named = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String name : tls.cipherSuites()) {
                CipherSuite suite = CipherSuite.getTypeByName(name);
                if (suite == null || !suite.isValidForNegotiation() || !suite.isSupported()) {
                    unknown.add(name);
                } else {
                    named.add(suite);
                }
            }
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("the DTLS cipher suites " + unknown + " are not DTLS 1.2 suites "
                        + "this client supports; expected names such as TLS_PSK_WITH_AES_128_CCM_8 or "
                        + "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 in coap.dtls.cipherSuites");
            }
            return named;
        }
        Set<CipherSuite> suites = new LinkedHashSet<>();
        if (tls.psk() != null) {
            suites.addAll(CipherSuite.getCipherSuitesByKeyExchangeAlgorithm(true, true,
                    List.of(KeyExchangeAlgorithm.ECDHE_PSK, KeyExchangeAlgorithm.PSK)));
        }
        if (tls.clientKey() != null || tls.psk() == null) {
            List<CertificateKeyAlgorithm> algorithms = new ArrayList<>(List.of(CertificateKeyAlgorithm.EC));
            if (tls.clientKey() != null) {
                CertificateKeyAlgorithm own = CertificateKeyAlgorithm.getAlgorithm(
                        tls.clientKey().certificate().getPublicKey());
                algorithms.remove(own);
                algorithms.add(0, own);
            }
            suites.addAll(CipherSuite.getCertificateCipherSuites(true, algorithms));
        }
        return List.copyOf(suites);
    }

    /**
     * Scandium's static verifier over the settings' trust: its CA certificates for X.509, the
     * public keys of those certificates for raw public keys. An empty trust is refused, since
     * Scandium reads "no certificates" as "trust all".
     */
    private static StaticNewAdvancedCertificateVerifier verifier(TlsSettings tls) {
        List<X509Certificate> trusted = TlsContexts.trustedCertificates(tls.trust());
        if (trusted.isEmpty()) {
            throw new IllegalArgumentException(tls.trust().describe() + " holds no certificate, so no DTLS server "
                    + "could be trusted; expected CA certificates in coap.dtls.ca or coap.dtls.trustStore");
        }
        StaticNewAdvancedCertificateVerifier.Builder builder = StaticNewAdvancedCertificateVerifier.builder();
        if (tls.rawPublicKey()) {
            Set<RawPublicKeyIdentity> keys = new LinkedHashSet<>();
            trusted.forEach(c -> keys.add(new RawPublicKeyIdentity(c.getPublicKey())));
            builder.setTrustedRPKs(keys.toArray(RawPublicKeyIdentity[]::new))
                    .setSupportedCertificateTypes(List.of(CertificateType.RAW_PUBLIC_KEY));
        } else {
            builder.setTrustedCertificates(unique(trusted))
                    .setSupportedCertificateTypes(List.of(CertificateType.X_509));
        }
        return (StaticNewAdvancedCertificateVerifier) builder.build();
    }

    private static X509Certificate[] unique(List<X509Certificate> certificates) {
        return new LinkedHashSet<>(certificates).toArray(X509Certificate[]::new);
    }
}
