package org.thingconform.protocol.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.thingconform.reference.pki.ThrowawayCa;

/** {@link TlsProbe} tells a TLS server from a plain one that closes on a hello it cannot read. */
class TlsProbeTest {

    @Test
    void aTlsServerSpeaksTlsAndAPlainOneDoesNot() throws Exception {
        ThrowawayCa ca = ThrowawayCa.create("probe CA");
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try (SSLServerSocket tls = (SSLServerSocket) ca.server("localhost").serverContext(ca.certificate())
                .getServerSocketFactory().createServerSocket(0, 5, InetAddress.getLoopbackAddress());
             ServerSocket plain = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            servers.submit(() -> {
                try (Socket client = tls.accept()) {
                    ((SSLSocket) client).startHandshake();
                }
                return null;
            });
            servers.submit(() -> {
                try (Socket client = plain.accept()) {
                    client.getInputStream().read(); // a plain MQTT broker reads a byte it cannot use and closes
                }
                return null;
            });

            assertThat(TlsProbe.speaksTls("127.0.0.1", tls.getLocalPort(), Duration.ofSeconds(2))).isTrue();
            assertThat(TlsProbe.speaksTls("127.0.0.1", plain.getLocalPort(), Duration.ofSeconds(2))).isFalse();
        } finally {
            servers.shutdownNow();
        }
    }
}
