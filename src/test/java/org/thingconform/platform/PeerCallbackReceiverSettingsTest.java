package org.thingconform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thingconform.protocol.tls.TlsContexts;
import org.thingconform.protocol.tls.TlsObservation;
import org.thingconform.protocol.tls.TlsSettings;
import org.thingconform.protocol.tls.TrustSource;
import org.thingconform.reference.pki.IssuedCertificate;
import org.thingconform.reference.pki.ThrowawayCa;
import org.thingconform.trace.MessageTrace;

/**
 * The peer's push receiver where the descriptor's {@code callback} says: it announces the public
 * URL while listening on loopback, serves HTTPS with a throwaway CA's certificate (which a client
 * trusting that CA accepts and one trusting the JVM's CAs refuses), and a bind to an address not
 * on this machine or a taken port is an error naming the address and what was expected.
 */
class PeerCallbackReceiverSettingsTest {

    private final MessageTrace trace = new MessageTrace();
    private PeerCallbackReceiver receiver;

    @AfterEach
    void close() {
        if (receiver != null) {
            receiver.close();
        }
    }

    private static int post(HttpClient http, String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aPublicUrlIsAnnouncedWhileTheReceiverListensOnItsBindAddress() throws Exception {
        receiver = PeerCallbackReceiver.start(trace, null, new CallbackSettings("127.0.0.1", 0,
                "http://callback.example.test:8080/hook", null, null));
        String local = "http://127.0.0.1:" + receiver.address().getPort();
        HttpClient http = HttpClient.newHttpClient();

        assertThat(receiver.callbackUrl("cb")).isEqualTo("http://callback.example.test:8080/hook/callbacks/cb");
        assertThat(receiver.address().getAddress()).isEqualTo(InetAddress.getByName("127.0.0.1"));
        // a proxy that strips the public path, and a NAT that passes it on as it is
        assertThat(post(http, local + "/callbacks/cb", "stripped")).isEqualTo(204);
        assertThat(post(http, local + "/hook/callbacks/cb", "as is")).isEqualTo(204);
        assertThat(receiver.deliveries("cb")).extracting(PeerCallbackReceiver.Delivery::text)
                .containsExactly("stripped", "as is");
    }

    @Test
    void withoutAPublicUrlTheBoundAddressIsAnnounced() {
        receiver = PeerCallbackReceiver.start(trace, null, CallbackSettings.LOOPBACK);

        assertThat(receiver.callbackUrl("cb")).isEqualTo("http://127.0.0.1:" + receiver.address().getPort() + "/callbacks/cb");
    }

    @Test
    void overHttpsTheReceiverPresentsItsCertificateToClientsThatTrustItsCa() throws Exception {
        ThrowawayCa ca = ThrowawayCa.create("callback test CA");
        IssuedCertificate server = ca.server("127.0.0.1", "localhost");
        receiver = PeerCallbackReceiver.start(trace, null, new CallbackSettings("127.0.0.1", 0, null,
                server.clientKey("callback.p12"), null));
        TlsSettings trustCa = new TlsSettings(new TrustSource.PemBundle("the test CA", List.of(ca.certificate())),
                List.of(), List.of(), null, true, null, null, false);
        HttpClient trusting = HttpClient.newBuilder().sslContext(TlsContexts.client(trustCa, new TlsObservation())).build();

        assertThat(receiver.callbackUrl("cb")).isEqualTo("https://127.0.0.1:" + receiver.address().getPort() + "/callbacks/cb");
        assertThat(post(trusting, receiver.callbackUrl("cb"), "{\"n\":1}")).isEqualTo(204);
        assertThatThrownBy(() -> post(HttpClient.newHttpClient(), receiver.callbackUrl("cb"), "{\"n\":2}"))
                .isInstanceOf(SSLHandshakeException.class);
        assertThat(receiver.deliveries("cb")).extracting(PeerCallbackReceiver.Delivery::text).containsExactly("{\"n\":1}");
        assertThat(trace.entries()).singleElement().satisfies(entry -> assertThat(entry.toLine())
                .contains("https").contains("TLSv1.3"));
    }

    @Test
    void anAddressNotOnThisMachineIsAClearError() {
        CallbackSettings settings = new CallbackSettings("192.0.2.1", 0, null, null, "lab.descriptor.yaml:12:3");

        assertThatThrownBy(() -> receiver = PeerCallbackReceiver.start(trace, null, settings))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot open the peer's push receiver on 192.0.2.1:a free port "
                        + "(interconnection.callback at lab.descriptor.yaml:12:3): 192.0.2.1 is not an address of this "
                        + "machine")
                .hasMessageContaining("expected the address of one of this machine's interfaces, 0.0.0.0 for all of "
                        + "them, or 127.0.0.1");
    }

    @Test
    void aTakenPortIsAClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CallbackSettings settings = new CallbackSettings("127.0.0.1", taken.getLocalPort(), null, null, null);

            assertThatThrownBy(() -> receiver = PeerCallbackReceiver.start(trace, null, settings))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("on 127.0.0.1:" + taken.getLocalPort() + ": port " + taken.getLocalPort()
                            + " is taken")
                    .hasMessageContaining("expected a port no other process listens on, or port 0 for a free one");
        }
    }
}
