package org.thingconform.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.eclipse.californium.core.CoapServer;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.junit.jupiter.api.Test;
import org.thingconform.protocol.coap.CoapConfiguration;
import org.thingconform.protocol.coap.CoapProbe;
import org.thingconform.protocol.http.HttpProbe;
import org.thingconform.protocol.mqtt.MqttProbe;
import org.thingconform.protocol.tls.TlsSettings;

/**
 * The endpoint probes tell an endpoint that answers anything (a CoAP reset, an HTTP 404, a close)
 * from one that stays silent until the bound, per protocol, on loopback.
 */
class EndpointProbesTest {

    private static final Duration BOUND = Duration.ofMillis(500);
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void aCoapServerAnswersThePingWithAReset() {
        CoapServer server = new CoapServer(CoapConfiguration.standard());
        server.addEndpoint(new CoapEndpoint.Builder().setConfiguration(CoapConfiguration.standard())
                .setInetSocketAddress(new InetSocketAddress(LOOPBACK, 0)).build());
        server.start();
        try {
            ProbeOutcome outcome = CoapProbe.probe("127.0.0.1", server.getEndpoints().get(0).getAddress().getPort(),
                    null, Duration.ofSeconds(5));

            assertThat(outcome).isEqualTo(ProbeOutcome.answered("reset"));
        } finally {
            server.destroy();
        }
    }

    @Test
    void aUdpPortThatNeverAnswersIsSilentToCoapAndDtls() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(0, LOOPBACK)) {
            int port = silent.getLocalPort();

            assertThat(CoapProbe.probe("127.0.0.1", port, null, BOUND)).isEqualTo(ProbeOutcome.silent(
                    "the platform did not answer a CoAP ping at coap://127.0.0.1:" + port + " within 500 ms"));
            assertThat(CoapProbe.probe("127.0.0.1", port, TlsSettings.DEFAULT, BOUND)).isEqualTo(ProbeOutcome.silent(
                    "the platform did not answer a DTLS handshake and CoAP ping at coaps://127.0.0.1:" + port
                            + " within 500 ms"));
        }
    }

    @Test
    void aTlsPortThatNeverAnswersTheHandshakeIsSilent() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 5, LOOPBACK)) {
            Thread holder = new Thread(() -> {
                try (Socket held = listener.accept()) {
                    held.getInputStream().readAllBytes(); // reads the hello, answers nothing, until the probe gives up
                } catch (Exception e) {
                    // the probe closed, or the test ended
                }
            });
            holder.setDaemon(true);
            holder.start();

            ProbeOutcome outcome = MqttProbe.probe("127.0.0.1", listener.getLocalPort(), TlsSettings.DEFAULT, BOUND);

            assertThat(outcome).isEqualTo(ProbeOutcome.silent("the platform did not answer a TLS handshake at 127.0.0.1:"
                    + listener.getLocalPort() + " within 500 ms"));
        }
    }

    @Test
    void aBrokerThatClosesTheConnectionAnswered() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 5, LOOPBACK)) {
            Thread closer = new Thread(() -> {
                try (Socket ignored = listener.accept()) {
                    // closed at once, without a CONNACK
                } catch (Exception e) {
                    // the test ended
                }
            });
            closer.setDaemon(true);
            closer.start();

            ProbeOutcome outcome = MqttProbe.probe("127.0.0.1", listener.getLocalPort(), null, Duration.ofSeconds(5));

            assertThat(outcome.kind()).as(outcome.detail()).isEqualTo(ProbeOutcome.Kind.ANSWERED);
        }
    }

    @Test
    void anHttpErrorStatusIsAnAnswer() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            ProbeOutcome outcome = HttpProbe.probe("http://127.0.0.1:" + server.getAddress().getPort() + "/api",
                    "the northbound API", null, Duration.ofSeconds(5));

            assertThat(outcome).isEqualTo(ProbeOutcome.answered("HTTP 404"));
        } finally {
            server.stop(0);
        }
    }
}
