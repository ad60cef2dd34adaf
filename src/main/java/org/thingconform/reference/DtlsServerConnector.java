package org.thingconform.reference;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.Principal;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.californium.elements.auth.AdditionalInfo;
import org.eclipse.californium.elements.auth.RawPublicKeyIdentity;
import org.eclipse.californium.elements.config.CertificateAuthenticationMode;
import org.eclipse.californium.scandium.DTLSConnector;
import org.eclipse.californium.scandium.config.DtlsConfig;
import org.eclipse.californium.scandium.config.DtlsConfig.DtlsRole;
import org.eclipse.californium.scandium.config.DtlsConnectorConfig;
import org.eclipse.californium.scandium.dtls.CertificateType;
import org.eclipse.californium.scandium.dtls.x509.SingleCertificateProvider;
import org.eclipse.californium.scandium.dtls.x509.StaticNewAdvancedCertificateVerifier;
import org.thingconform.protocol.coap.CoapConfiguration;

/**
 * The reference platform's DTLS server (Scandium) for CoAP over DTLS: presents the reference's
 * server certificate (X.509, or its raw public key to clients that ask for one), accepts devices
 * by pre-shared key (looked up by identity) or by certificate: an X.509 chain to the reference's
 * CA, or a raw public key, which the sign-in only ties to a device when it is the key of a
 * certificate that CA issued (the principal carries that certificate's subject as
 * {@link #SUBJECT}). A client certificate is wanted, not needed, so PSK devices connect too; a
 * wrong pre-shared key is answered with an alert ({@link PskFailureAlert}).
 */
final class DtlsServerConnector {

    /** The additional principal information naming the device certificate a raw public key belongs to. */
    static final String SUBJECT = "thingconform.subject";

    private DtlsServerConnector() {
    }

    /** A server connector on loopback UDP {@code port} (0: a free one). */
    static DTLSConnector create(int port, ReferenceTls tls, Function<String, Optional<byte[]>> pskKeys) {
        PskFailureAlert alert = new PskFailureAlert();
        X509Certificate[] chain = tls.server().chain().toArray(X509Certificate[]::new);
        DtlsConnectorConfig config = DtlsConnectorConfig.builder(CoapConfiguration.standard())
                .setAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                .set(DtlsConfig.DTLS_ROLE, DtlsRole.SERVER_ONLY)
                .set(DtlsConfig.DTLS_CLIENT_AUTHENTICATION_MODE, CertificateAuthenticationMode.WANTED)
                // a platform on the Internet answers SNI: so does the reference, and clients that send it are not warned
                .set(DtlsConfig.DTLS_USE_SERVER_NAME_INDICATION, true)
                .set(DtlsConfig.DTLS_RECOMMENDED_CIPHER_SUITES_ONLY, false)
                .set(DtlsConfig.DTLS_RECEIVER_THREAD_COUNT, 1)
                .set(DtlsConfig.DTLS_CONNECTOR_THREAD_COUNT, 2)
                .setAsList(DtlsConfig.DTLS_CERTIFICATE_TYPES, CertificateType.X_509, CertificateType.RAW_PUBLIC_KEY)
                .setAdvancedPskStore(new DevicePskStore(pskKeys))
                .setCertificateIdentityProvider(new SingleCertificateProvider(tls.server().key(), chain,
                        CertificateType.X_509, CertificateType.RAW_PUBLIC_KEY))
                .setAdvancedCertificateVerifier(StaticNewAdvancedCertificateVerifier.builder()
                        .setTrustedCertificates(tls.ca().certificate())
                        .setTrustAllRPKs()
                        .build())
                .setApplicationLevelInfoSupplier((peer, custom) -> subjectOf(peer, tls))
                .setConnectionListener(alert)
                .setLoggingTag("reference")
                .build();
        DTLSConnector connector = new DTLSConnector(config);
        alert.attach(connector);
        return connector;
    }

    private static AdditionalInfo subjectOf(Principal peer, ReferenceTls tls) {
        if (peer instanceof RawPublicKeyIdentity rpk) {
            return tls.deviceSubject(rpk.getKey()).map(subject -> AdditionalInfo.from(Map.of(SUBJECT, subject)))
                    .orElse(null);
        }
        return null;
    }
}
