package org.thingconform.protocol.coap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.eclipse.californium.core.CoapServer;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.scandium.DTLSConnector;
import org.eclipse.californium.scandium.config.DtlsConfig;
import org.eclipse.californium.scandium.config.DtlsConfig.DtlsRole;
import org.eclipse.californium.scandium.config.DtlsConnectorConfig;
import org.eclipse.californium.scandium.dtls.pskstore.AdvancedSinglePskStore;
import org.junit.jupiter.api.Test;
import org.thingconform.platform.Endpoint;
import org.thingconform.protocol.AlinkCredentials;
import org.thingconform.protocol.ConnectOutcome;
import org.thingconform.protocol.ReferenceDevices;
import org.thingconform.protocol.tls.PreSharedKey;
import org.thingconform.protocol.tls.TlsSettings;
import org.thingconform.protocol.tls.TrustSource;
import org.thingconform.trace.MessageTrace;

/**
 * DTLS servers that answer with silence: a Scandium server as it comes drops the Finished it
 * cannot decrypt with its key (a refusal without alert), and a UDP port with no DTLS server
 * answers nothing at all (no answer), each within the connect timeout.
 */
class DtlsSilenceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final TlsSettings NO_TRUST = new TlsSettings(new TrustSource.JvmDefault(), List.of(), List.of(),
            null, true, null, null, false);
    private static final AlinkCredentials SIGN_IN = AlinkCredentials.tlsIdentity("pk", "dn");

    @Test
    void aServerThatDropsTheFinishedOfAWrongKeyRefusesTheDevice() {
        PreSharedKey right = new PreSharedKey("pk.dn", "right-key".getBytes(StandardCharsets.UTF_8));
        PreSharedKey wrong = new PreSharedKey("pk.dn", "wrong-key".getBytes(StandardCharsets.UTF_8));
        CoapServer server = scandiumPskServer(right);
        MessageTrace trace = new MessageTrace();
        try (CaliforniumTransport coap = new CaliforniumTransport(new Endpoint("127.0.0.1",
                server.getEndpoints().get(0).getAddress().getPort(), NO_TRUST.withPsk(wrong)), ReferenceDevices.COAP,
                trace)) {
            ConnectOutcome outcome = coap.connect(SIGN_IN.clientId(), SIGN_IN.username(), SIGN_IN.password(), TIMEOUT);

            assertThat(outcome.kind()).as(outcome.detail()).isEqualTo(ConnectOutcome.Kind.REFUSED);
            assertThat(outcome.detail()).contains("never accepted the client's Finished")
                    .contains("identity 'pk.dn'").contains("within 2000 ms").doesNotContain("wrong-key");
            assertThat(ReferenceDevices.text(trace)).contains("DTLS-HANDSHAKE-FAILED").doesNotContain("wrong-key");
        } finally {
            server.destroy();
        }
    }

    @Test
    void aPortWithoutADtlsServerIsNoAnswer() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
             CaliforniumTransport coap = new CaliforniumTransport(new Endpoint("127.0.0.1", silent.getLocalPort(),
                     NO_TRUST.withPsk(new PreSharedKey("pk.dn", new byte[] {1, 2, 3}))), ReferenceDevices.COAP,
                     new MessageTrace())) {
            ConnectOutcome outcome = coap.connect(SIGN_IN.clientId(), SIGN_IN.username(), SIGN_IN.password(), TIMEOUT);

            assertThat(outcome.kind()).as(outcome.detail()).isEqualTo(ConnectOutcome.Kind.NO_ANSWER);
            assertThat(outcome.detail()).contains("no DTLS handshake with coaps://127.0.0.1:" + silent.getLocalPort()
                    + " completed within 2000 ms");
        }
    }

    /** A CoAP server on Scandium's defaults with one pre-shared key and no resources. */
    private static CoapServer scandiumPskServer(PreSharedKey psk) {
        DtlsConnectorConfig config = DtlsConnectorConfig.builder(CoapConfiguration.standard())
                .setAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .set(DtlsConfig.DTLS_ROLE, DtlsRole.SERVER_ONLY)
                .setAdvancedPskStore(new AdvancedSinglePskStore(psk.identity(), psk.key()))
                .build();
        CoapServer server = new CoapServer(CoapConfiguration.standard());
        server.addEndpoint(new CoapEndpoint.Builder().setConnector(new DTLSConnector(config))
                .setConfiguration(CoapConfiguration.standard()).build());
        server.start();
        return server;
    }
}
