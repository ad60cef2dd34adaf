package org.thingconform.protocol.mqtt.raw;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttVersion;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.thingconform.platform.Endpoint;
import org.thingconform.trace.MessageTrace;

/**
 * After its DISCONNECT the suite's client ends the connection the careful way (issue #21): it stops
 * sending, so the broker reads the DISCONNECT and then the end of the stream while the client still
 * listens, and it closes only once the broker has closed its side.
 */
class CleanDisconnectTest {

    @Test
    void theClientStillReadsWhatTheBrokerSendsAfterTheDisconnectUntilTheBrokerCloses() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> broker = CompletableFuture.runAsync(() -> {
                try (Socket connection = server.accept()) {
                    InputStream in = connection.getInputStream();
                    byte[] buffer = new byte[256];
                    while (in.read(buffer) >= 0) {
                        // CONNECT, DISCONNECT, then the end of the stream: the client's half-close
                    }
                    connection.getOutputStream().write(new byte[] {(byte) 0xD0, 0}); // a last PINGRESP
                    connection.getOutputStream().flush();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            MessageTrace trace = new MessageTrace();
            RawMqttClient raw = RawMqttClient.open("c", new Endpoint("127.0.0.1", server.getLocalPort()), trace,
                    Duration.ofSeconds(5));
            raw.send(MqttMessageBuilders.connect().clientId("c").protocolVersion(MqttVersion.MQTT_3_1_1).build());
            raw.send(MqttMessageBuilders.disconnect().build());

            raw.closeAfterDisconnect(Duration.ofSeconds(5));

            broker.get(10, TimeUnit.SECONDS);
            assertThat(raw.isClosed()).isTrue();
            assertThat(trace.entries()).as("the client listened until the broker closed: an abrupt close would miss it")
                    .anySatisfy(e -> assertThat(e.direction() + " " + e.kind()).isEqualTo("RECEIVED PINGRESP"))
                    .anySatisfy(e -> assertThat(e.direction() + " " + e.kind() + " " + e.attributes())
                            .isEqualTo("RECEIVED CLOSED {by=broker}"));
        }
    }
}
