package org.thingconform.reference;

import io.netty.channel.Channel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One client connection through the fault proxy and what the proxy's faults need to know
 * of it: the CONNECT it sent, whether it is a plain MQTT client of the broker profile (the
 * faults leave the Alink devices alone), its subscriptions, the handshakes the proxy finishes in
 * its stead, and whether the client side is to be held open when the broker closes its side (a
 * fault's "the broker did not close").
 */
final class ProxiedConnection {

    /** A topic filter the client subscribed to, with the QoS it asked for. */
    record Subscription(String filter, int qos) {
    }

    private final Channel client;
    private volatile Channel broker;
    private volatile ConnectFields connect;
    private volatile boolean plain;
    private volatile boolean holdClientOpen;
    private volatile int lastSubscribeId;
    private volatile int previousSubscribeId;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final StandInAcks standIn = new StandInAcks(this::toBroker);
    private final java.util.concurrent.atomic.AtomicBoolean counted = new java.util.concurrent.atomic.AtomicBoolean();

    ProxiedConnection(Channel client) {
        this.client = client;
    }

    void attach(Channel brokerChannel) {
        this.broker = brokerChannel;
    }

    /** Relays a frame to the broker, if its side is still open. */
    void toBroker(MqttFrame frame) {
        Channel channel = broker;
        if (channel != null && channel.isActive()) {
            channel.writeAndFlush(frame.encode(channel.alloc()));
        }
    }

    /** Relays a frame to the client, if its side is still open. */
    void toClient(MqttFrame frame) {
        if (client.isActive()) {
            client.writeAndFlush(frame.encode(client.alloc()));
        }
    }

    /** Relays a frame to the client after {@code delay}, in order with the other delayed ones (a slow broker). */
    void toClientAfter(MqttFrame frame, long delay, java.util.concurrent.TimeUnit unit) {
        client.eventLoop().schedule(() -> toClient(frame), delay, unit);
    }

    /** Marks the connection as one that counts against a connection limit. */
    void counted() {
        counted.set(true);
    }

    /** Whether the connection counted against a connection limit; it no longer does after this call. */
    boolean uncounted() {
        return counted.getAndSet(false);
    }

    /** The CONNECT the client sent, or null before it sent one. */
    ConnectFields connect() {
        return connect;
    }

    void connected(ConnectFields fields, boolean plainClient) {
        this.connect = fields;
        this.plain = plainClient;
    }

    /** Whether the client is a plain MQTT client (the broker profile's), not an Alink device. */
    boolean plain() {
        return plain;
    }

    /** 5 for an MQTT 5 connection, 4 for 3.1.1 (also before the CONNECT). */
    int level() {
        ConnectFields fields = connect;
        return fields == null ? 4 : fields.level();
    }

    /** Notes the packet id of a SUBSCRIBE the client sent. */
    void subscribed(int packetId) {
        previousSubscribeId = lastSubscribeId;
        lastSubscribeId = packetId;
    }

    /** The packet id of the SUBSCRIBE before the client's latest one; 0 when there was none. */
    int previousSubscribeId() {
        return previousSubscribeId;
    }

    List<Subscription> subscriptions() {
        return subscriptions;
    }

    /** The acknowledgements the proxy sends the broker in this client's stead. */
    StandInAcks standIn() {
        return standIn;
    }

    /** Keeps the client side open when the broker closes the connection. */
    void holdClientOpen() {
        holdClientOpen = true;
    }

    boolean holdsClientOpen() {
        return holdClientOpen;
    }

    /** Closes both sides at once: the proxy itself answers a protocol violation by closing. */
    void close() {
        client.close();
        Channel channel = broker;
        if (channel != null) {
            channel.close();
        }
    }
}
