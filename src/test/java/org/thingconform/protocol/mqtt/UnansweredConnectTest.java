package org.thingconform.protocol.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.thingconform.platform.Endpoint;
import org.thingconform.protocol.ConnectOutcome;
import org.thingconform.trace.MessageTrace;

/**
 * A broker that takes the TCP connection and reads the CONNECT but never answers it: the MQTT 3.1.1
 * session gives up after its connect timeout with "no CONNACK", instead of waiting forever.
 */
class UnansweredConnectTest {

    @Test
    @Timeout(30) // a guard, not a measurement: without the bound, the connect never returns
    void aConnectNobodyAnswersEndsAsNoConnack() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread silent = new Thread(() -> {
                try (Socket socket = server.accept(); InputStream in = socket.getInputStream()) {
                    while (in.read() >= 0) {
                        // read the CONNECT and everything after it; answer nothing
                    }
                } catch (IOException ignored) {
                    // the client gave up
                }
            }, "silent-broker");
            silent.setDaemon(true);
            silent.start();
            PahoV3Session session = new PahoV3Session(new Endpoint("127.0.0.1", server.getLocalPort()), new MessageTrace());

            ConnectOutcome outcome = session.connect("silent-test", null, null, Duration.ofSeconds(1));

            assertThat(outcome.accepted()).isFalse();
            assertThat(outcome.detail()).startsWith("no CONNACK");
            session.close();
        }
    }
}
