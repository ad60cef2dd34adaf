package org.thingconform.protocol.mqtt;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.mqtt.MqttEncoder;
import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.thingconform.protocol.ProbeOutcome;
import org.thingconform.protocol.Unreachable;
import org.thingconform.protocol.tls.TlsObservation;
import org.thingconform.protocol.tls.TlsSettings;
import org.thingconform.protocol.tls.TlsSocketFactory;

/**
 * Asks an MQTT endpoint once whether it answers at all: a TCP connection (TLS with the endpoint's
 * settings when it is secured), then an MQTT 3.1.1 CONNECT with a clean session, a probe client id
 * and no credentials. Any byte back (a CONNACK, even a refusal), a close, or a TLS handshake that
 * fails with the server's word counts as an answer; only silence until the bound does not. The
 * probe sends nothing secret and traces nothing.
 */
public final class MqttProbe {

    private MqttProbe() {
    }

    /** Probes {@code host:port} ({@code tls} null: plain TCP), all waits within {@code timeout}. */
    public static ProbeOutcome probe(String host, int port, TlsSettings tls, Duration timeout) {
        String at = (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
        String where = (tls != null ? "ssl://" : "tcp://") + at;
        long deadline = System.nanoTime() + timeout.toNanos();
        String stage = "a TCP connection";
        try (Socket plain = new Socket()) {
            plain.setTcpNoDelay(true);
            plain.connect(new InetSocketAddress(host, port), millis(timeout.toNanos()));
            Socket socket = plain;
            if (tls != null) {
                stage = "a TLS handshake";
                plain.setSoTimeout(millis(deadline - System.nanoTime()));
                SSLSocket secured = (SSLSocket) new TlsSocketFactory(tls, host, new TlsObservation())
                        .createSocket(plain, host, port, true);
                try {
                    secured.startHandshake();
                } catch (SocketTimeoutException e) {
                    throw e;
                } catch (SSLException e) {
                    return ProbeOutcome.answered("the TLS handshake failed: " + e.getMessage());
                }
                socket = secured;
            }
            stage = "an MQTT CONNECT";
            OutputStream out = socket.getOutputStream();
            out.write(connect());
            out.flush();
            socket.setSoTimeout(millis(deadline - System.nanoTime()));
            InputStream in = socket.getInputStream();
            int first = in.read();
            if (first >= 0) {
                sendDisconnect(out, first);
            }
            return ProbeOutcome.answered(first < 0 ? "closed the connection" : "sent a packet");
        } catch (SocketTimeoutException e) {
            if (stage.equals("a TCP connection")) {
                return ProbeOutcome.unreachable("the broker at " + where + " is not reachable: the connection timed out "
                        + "after " + timeout.toMillis() + " ms");
            }
            return ProbeOutcome.silent("the platform did not answer " + stage + " at " + at + " within "
                    + timeout.toMillis() + " ms");
        } catch (IOException | RuntimeException e) {
            return Unreachable.why(e, "the broker at " + where).map(ProbeOutcome::unreachable)
                    // a reset or another failure after the connection opened: the broker did something
                    .orElseGet(() -> ProbeOutcome.answered("the connection failed: " + e.getMessage()));
        }
    }

    /** Ends the probe's session politely when the broker may have accepted it (a CONNACK starts with 0x20). */
    private static void sendDisconnect(OutputStream out, int first) {
        if (first != 0x20) {
            return;
        }
        try {
            out.write(encode(new MqttMessage(new MqttFixedHeader(MqttMessageType.DISCONNECT, false,
                    MqttQoS.AT_MOST_ONCE, false, 0))));
            out.flush();
        } catch (IOException ignored) {
            // the broker closed first: nothing to end
        }
    }

    private static byte[] connect() {
        String clientId = "thingconform-probe-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        return encode(MqttMessageBuilders.connect().protocolVersion(MqttVersion.MQTT_3_1_1)
                .clientId(clientId).cleanSession(true).keepAlive(30).build());
    }

    private static byte[] encode(MqttMessage message) {
        EmbeddedChannel codec = new EmbeddedChannel(MqttEncoder.INSTANCE);
        try {
            codec.writeOutbound(message);
            ByteBuf bytes = codec.readOutbound();
            try {
                return ByteBufUtil.getBytes(bytes);
            } finally {
                bytes.release();
            }
        } finally {
            codec.finishAndReleaseAll();
        }
    }

    private static int millis(long nanos) {
        return (int) Math.max(1, nanos / 1_000_000);
    }
}
