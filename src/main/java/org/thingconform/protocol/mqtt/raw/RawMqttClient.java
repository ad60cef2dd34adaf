package org.thingconform.protocol.mqtt.raw;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttEncoder;
import io.netty.handler.codec.mqtt.MqttMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.thingconform.platform.Endpoint;
import org.thingconform.protocol.mqtt.MqttTls;
import org.thingconform.protocol.Unreachable;
import org.thingconform.protocol.tls.TlsFailure;
import org.thingconform.protocol.tls.TlsProbe;
import org.thingconform.trace.MessageTrace;

/**
 * A packet-level MQTT 3.1.1 / 5.0 client for the broker profile: one TCP connection whose
 * packets are encoded and decoded by Netty's MQTT codec and handed to the caller as they
 * are, packet ids, flags and properties included. Paho hides exactly what broker clauses are
 * about (a second CONNECT, a wildcard in a PUBLISH topic, packet ids, the RETAIN flag of a
 * forwarded message), so this is the documented exception to "use the client library";
 * no byte is encoded by hand except by {@link #sendBytes}, which sends deliberately
 * malformed input. Every packet in or out goes to the trace ({@link PacketDescription}).
 */
public final class RawMqttClient implements AutoCloseable {

    private static final String PROTOCOL = "mqtt-raw";
    private static final MqttMessage CLOSED = new MqttMessage(null);

    private final String name;
    private final Endpoint endpoint;
    private final MessageTrace trace;
    private final Socket socket;
    private final OutputStream out;
    private final EmbeddedChannel codec = new EmbeddedChannel(new MqttDecoder(16 * 1024 * 1024), MqttEncoder.INSTANCE);
    private final LinkedBlockingQueue<MqttMessage> inbox = new LinkedBlockingQueue<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread reader;
    private volatile boolean closing;
    private volatile boolean heard;

    private RawMqttClient(String name, Endpoint endpoint, MessageTrace trace, Socket socket) throws IOException {
        this.name = name;
        this.endpoint = endpoint;
        this.trace = trace;
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.reader = new Thread(this::readLoop, "mqtt-raw-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Opens a TCP connection to the broker, with the TLS handshake done when the endpoint is secured
     * (presenting the endpoint's client certificate, if it names one); nothing is sent yet.
     */
    public static RawMqttClient open(String name, Endpoint endpoint, MessageTrace trace, Duration timeout) {
        Socket socket = new Socket();
        MqttTls tls = new MqttTls(endpoint, null);
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), (int) timeout.toMillis());
            if (tls.secure()) {
                socket.setSoTimeout((int) timeout.toMillis());
                SSLSocket secured = (SSLSocket) ((SSLSocketFactory) tls.socketFactory())
                        .createSocket(socket, endpoint.host(), endpoint.port(), true);
                secured.startHandshake();
                secured.setSoTimeout(0);
                tls.traceHandshake(trace, PROTOCOL);
                socket = secured;
            }
            return new RawMqttClient(name, endpoint, trace, socket);
        } catch (IOException e) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
            String why = tls.failure(e).map(TlsFailure::reason)
                    .or(() -> Unreachable.why(e, "the broker at " + endpoint.tcpUri())).orElse(null);
            throw new RawMqttException(why != null ? why : "cannot open a " + (tls.secure() ? "TLS" : "TCP")
                    + " connection to the broker at " + endpoint.tcpUri() + ": " + e.getMessage());
        }
    }

    /** The client's name in the profile. */
    public String name() {
        return name;
    }

    /** Encodes and sends one packet; false when the connection is already closed. */
    public boolean send(MqttMessage message) {
        // described before encoding: the encoder releases a PUBLISH's payload
        trace.sent(PROTOCOL, PacketDescription.kind(message), address(), PacketDescription.attributes(message),
                PacketDescription.payload(message));
        ByteBuf bytes;
        synchronized (codec) {
            codec.writeOutbound(message);
            bytes = codec.readOutbound();
        }
        try {
            byte[] array = ByteBufUtil.getBytes(bytes);
            out.write(array);
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        } finally {
            bytes.release();
        }
    }

    /** Sends bytes as they are (a deliberately malformed or out-of-order packet); false when closed. */
    public boolean sendBytes(byte[] bytes, String description) {
        trace.sent(PROTOCOL, "BYTES", address(), MessageTrace.attributes("hex", ByteBufUtil.hexDump(bytes)), description);
        if (bytes.length > 0 && (bytes[0] & 0xF0) == 0x10) {
            synchronized (codec) {
                // a CONNECT sets the protocol version the decoder reads the broker's packets with
                MqttMessage decoded = decodeOwn(bytes);
                if (decoded instanceof MqttConnectMessage) {
                    codec.writeOutbound(decoded);
                    ByteBuf ignored = codec.readOutbound();
                    ignored.release();
                }
            }
        }
        try {
            out.write(bytes);
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static MqttMessage decodeOwn(byte[] bytes) {
        EmbeddedChannel own = new EmbeddedChannel(new MqttDecoder());
        own.writeInbound(Unpooled.wrappedBuffer(bytes));
        Object message = own.readInbound();
        own.finishAndReleaseAll();
        return message instanceof MqttMessage m ? m : null;
    }

    /**
     * The next packet from the broker that {@code wanted} accepts, within {@code timeout};
     * packets it rejects are handed to {@code others} (e.g. to acknowledge them). Null on
     * timeout or when the connection closes first.
     */
    public MqttMessage await(Predicate<MqttMessage> wanted, Duration timeout, java.util.function.Consumer<MqttMessage> others) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            MqttMessage next;
            try {
                next = inbox.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            if (next == null) {
                return null;
            }
            if (next == CLOSED) {
                inbox.add(CLOSED);
                return null;
            }
            if (wanted.test(next)) {
                return next;
            }
            others.accept(next);
        }
    }

    /** Whether the broker closed the connection within {@code timeout}; packets before are handed to {@code others}. */
    public boolean awaitClosed(Duration timeout, java.util.function.Consumer<MqttMessage> others) {
        await(m -> false, timeout, others);
        return isClosed();
    }

    /** Whether the connection has closed (by the broker, or by {@link #close}). */
    public boolean isClosed() {
        return closed.getCount() == 0;
    }

    /**
     * Whether a connection on which the broker sent not one MQTT packet went to a plain endpoint that
     * speaks TLS (the descriptor lacks its {@code tls} block): then its silence or its close says nothing
     * about MQTT. Asks the endpoint with a TLS hello only in that case.
     */
    public boolean silentTlsEndpoint(Duration timeout) {
        return !heard && !endpoint.secure() && TlsProbe.speaksTls(endpoint.host(), endpoint.port(), timeout);
    }

    /**
     * Ends the connection as a careful client does after its DISCONNECT: it stops sending (a TCP
     * half-close, where the socket is not TLS) and waits up to {@code timeout} for the broker to close
     * its side, then closes. So the broker reads the DISCONNECT before the connection ends, never a
     * reset racing it, and no verdict (a will published or not) depends on the suite's socket timing.
     */
    public void closeAfterDisconnect(Duration timeout) {
        if (!(socket instanceof SSLSocket)) {
            try {
                socket.shutdownOutput();
            } catch (IOException ignored) {
                // already closed by the broker
            }
        }
        try {
            closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
    }

    /** Closes the TCP connection without a DISCONNECT: an abnormal close as far as the broker knows. */
    @Override
    public void close() {
        closing = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
        try {
            reader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (codec) {
            codec.finishAndReleaseAll();
        }
    }

    private void readLoop() {
        byte[] buffer = new byte[8192];
        try (InputStream in = socket.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                java.util.List<MqttMessage> decoded = new java.util.ArrayList<>();
                synchronized (codec) {
                    codec.writeInbound(Unpooled.copiedBuffer(buffer, 0, n));
                    Object message;
                    while ((message = codec.readInbound()) != null) {
                        decoded.add((MqttMessage) message);
                    }
                }
                if (!decoded.isEmpty()) {
                    heard = true;
                }
                for (MqttMessage message : decoded) {
                    trace.received(PROTOCOL, PacketDescription.kind(message), address(),
                            PacketDescription.attributes(message), PacketDescription.payload(message));
                    inbox.add(message);
                }
            }
        } catch (IOException e) {
            // a reset or our own close: the connection is over either way
        } finally {
            if (!closing) {
                trace.received(PROTOCOL, "CLOSED", address(), MessageTrace.attributes("by", "broker"), "");
            }
            closed.countDown();
            inbox.add(CLOSED);
        }
    }

    private String address() {
        return name + "@" + endpoint.tcpUri();
    }
}
