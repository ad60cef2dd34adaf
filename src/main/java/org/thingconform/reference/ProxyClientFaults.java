package org.thingconform.reference;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.thingconform.protocol.mqtt.TopicFilter;

/**
 * The broker faults the proxy applies to packets from clients to the broker: those HiveMQ's
 * extension API cannot express because they live in its decoder and session handling (a
 * packet before CONNECT, a second CONNECT, client-id takeover, CleanSession and Session
 * Expiry, Maximum Packet Size, wildcards in a topic name, topic aliases, invalid filters).
 * Only plain MQTT clients are touched; Alink devices pass as they are. One rule the proxy applies
 * with no fault on: a connection whose first packet is no CONNECT is closed at once, which HiveMQ CE
 * leaves to its no-connect idle timeout.
 */
final class ProxyClientFaults {

    private static final int CLEAN_SESSION = 0x02;
    private static final int LARGEST_PACKET = 0x0FFF_FFFF;

    private final FaultSwitch faults;
    private final String plainUsername;
    private final ProxyCapacityFaults capacity;
    private final Map<String, ProxiedConnection> byClientId = new ConcurrentHashMap<>();

    ProxyClientFaults(FaultSwitch faults, String plainUsername, ProxyCapacityFaults capacity) {
        this.faults = faults;
        this.plainUsername = plainUsername;
        this.capacity = capacity;
    }

    /** Handles one packet from the client: relays it, changed or not, or drops it. */
    void fromClient(ProxiedConnection connection, MqttFrame frame) {
        if (connection.connect() == null && frame.type() != MqttFrame.CONNECT) {
            if (faults.on(Fault.BROKER_PACKET_BEFORE_CONNECT_IGNORED)) {
                connection.holdClientOpen();
                return;
            }
            // MQTT-3.1.0-1 and 4.8.0-1: the reference closes at once; HiveMQ CE would ignore the packet and
            // close only when its no-connect idle timeout runs out
            connection.close();
            return;
        }
        if (connection.plain() && frame.type() != MqttFrame.CONNECT && MalformedPackets.malformed(frame)
                && faults.on(Fault.BROKER_MALFORMED_PACKETS_IGNORED)) {
            return; // the broker never sees it, so it cannot close the connection over it
        }
        switch (frame.type()) {
            case MqttFrame.CONNECT -> connect(connection, frame);
            case MqttFrame.PUBLISH -> publish(connection, frame);
            case MqttFrame.SUBSCRIBE -> subscribe(connection, frame);
            default -> connection.toBroker(frame);
        }
    }

    /** Forgets a closed connection. */
    void closed(ProxiedConnection connection) {
        capacity.closed(connection);
        ConnectFields fields = connection.connect();
        if (fields != null) {
            byClientId.remove(fields.clientId(), connection);
        }
    }

    private void connect(ProxiedConnection connection, MqttFrame frame) {
        ConnectFields fields = ConnectFields.read(frame);
        if (fields == null) {
            connection.toBroker(frame);
            return;
        }
        boolean plain = plainUsername.equals(fields.username());
        if (connection.connect() != null) {
            if (plain && faults.on(Fault.BROKER_SECOND_CONNECT_IGNORED)) {
                return;
            }
            connection.toBroker(frame);
            return;
        }
        connection.connected(fields, plain);
        if (!plain) {
            connection.toBroker(frame);
            return;
        }
        if (!capacity.admit(connection, fields)) {
            return;
        }
        ProxiedConnection older = fields.clientId().isEmpty() ? null : byClientId.put(fields.clientId(), connection);
        if (older != null && older != connection && faults.on(Fault.BROKER_TAKEOVER_KEEPS_OLD_CONNECTION)) {
            older.holdClientOpen();
        }
        MqttFrame changed = frame;
        if (faults.on(Fault.BROKER_SESSIONS_NOT_KEPT)) {
            changed = fields.level() == 5
                    ? withU32(changed, fields.sessionExpiry(), 0)
                    : changed.withByte(fields.flagsOffset(), changed.body()[fields.flagsOffset()] | CLEAN_SESSION);
        }
        if (faults.on(Fault.BROKER_MAXIMUM_PACKET_SIZE_IGNORED)) {
            changed = withU32(changed, fields.maximumPacketSize(), LARGEST_PACKET);
        }
        connection.toBroker(changed);
    }

    private void publish(ProxiedConnection connection, MqttFrame frame) {
        if (!connection.plain()) {
            connection.toBroker(frame);
            return;
        }
        String topic = new MqttFields(frame.body(), 0).string();
        if (faults.on(Fault.BROKER_WILDCARD_PUBLISH_IGNORED) && (topic.contains("+") || topic.contains("#"))) {
            return;
        }
        if (faults.on(Fault.BROKER_TOPIC_ALIAS_UNRESOLVED) && connection.level() == 5 && topic.isEmpty()
                && frame.qos() < 2) {
            if (frame.qos() == 1) {
                connection.toClient(MqttFrame.ack(MqttFrame.PUBACK, frame.u16(2)));
            }
            return;
        }
        connection.toBroker(frame);
    }

    private void subscribe(ProxiedConnection connection, MqttFrame frame) {
        if (!connection.plain()) {
            connection.toBroker(frame);
            return;
        }
        MqttFields fields = new MqttFields(frame.body(), 0);
        int packetId = fields.u16();
        if (connection.level() == 5) {
            fields.properties();
        }
        List<ProxiedConnection.Subscription> requested = new ArrayList<>();
        while (!fields.atEnd()) {
            requested.add(new ProxiedConnection.Subscription(fields.string(), fields.u8() & 0x03));
        }
        connection.subscriptions().addAll(requested);
        connection.subscribed(packetId);
        if (faults.on(Fault.BROKER_INVALID_FILTER_GRANTED)
                && requested.stream().anyMatch(s -> TopicFilter.misplacedMultiLevel(s.filter()))) {
            connection.toClient(grant(packetId, requested, connection.level()));
            return;
        }
        connection.toBroker(frame);
    }

    /** A SUBACK granting every filter the QoS it asked for. */
    private static MqttFrame grant(int packetId, List<ProxiedConnection.Subscription> requested, int level) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(packetId >> 8);
        body.write(packetId);
        if (level == 5) {
            body.write(0); // no properties
        }
        requested.forEach(s -> body.write(s.qos()));
        return new MqttFrame(MqttFrame.SUBACK << 4, body.toByteArray());
    }

    private static MqttFrame withU32(MqttFrame frame, int offset, int value) {
        if (offset < 0) {
            return frame;
        }
        return frame.withU16(offset, value >>> 16).withU16(offset + 2, value & 0xFFFF);
    }
}
