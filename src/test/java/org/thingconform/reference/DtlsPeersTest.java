package org.thingconform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.eclipse.californium.elements.AddressEndpointContext;
import org.eclipse.californium.elements.auth.AdditionalInfo;
import org.eclipse.californium.elements.auth.PreSharedKeyIdentity;
import org.eclipse.californium.elements.auth.RawPublicKeyIdentity;
import org.eclipse.californium.elements.auth.X509CertPath;
import org.junit.jupiter.api.Test;
import org.thingconform.protocol.tls.TlsPeer;
import org.thingconform.reference.pki.IssuedCertificate;
import org.thingconform.reference.pki.ThrowawayCa;

/** What a DTLS session proves about a device, as the reference's CoAP sign-in reads it. */
class DtlsPeersTest {

    private static final IssuedCertificate METER = ThrowawayCa.create("Peers CA").client(TlsPeer.subjectOf("pk", "dn"));

    @Test
    void aPreSharedKeyProvesItsIdentity() {
        assertThat(DtlsPeers.of(new PreSharedKeyIdentity("pk.dn"))).isEqualTo(TlsPeer.psk("pk.dn"));
        assertThat(DtlsPeers.of(new PreSharedKeyIdentity("localhost", "pk.dn"))).isEqualTo(TlsPeer.psk("pk.dn"));
    }

    @Test
    void aCertificatePathProvesItsLeafsSubject() {
        TlsPeer peer = DtlsPeers.of(X509CertPath.fromCertificatesChain(METER.chain()));

        assertThat(peer.subject()).isEqualTo(METER.certificate().getSubjectX500Principal().getName());
        assertThat(peer.names("pk", "dn")).isTrue();
    }

    @Test
    void aRawPublicKeyProvesADeviceOnlyWhenTiedToAnIssuedCertificate() {
        RawPublicKeyIdentity bare = new RawPublicKeyIdentity(METER.certificate().getPublicKey());
        RawPublicKeyIdentity tied = bare.amend(AdditionalInfo.from(Map.of(DtlsServerConnector.SUBJECT,
                "CN=dn,OU=pk")));

        assertThat(DtlsPeers.of(bare)).isNull();
        assertThat(DtlsPeers.of(tied)).isEqualTo(TlsPeer.certificate("CN=dn,OU=pk"));
    }

    @Test
    void plainCoapProvesNothing() {
        assertThat(DtlsPeers.of((org.eclipse.californium.elements.EndpointContext) null)).isNull();
        assertThat(DtlsPeers.of(new AddressEndpointContext(new java.net.InetSocketAddress(5683)))).isNull();
    }
}
