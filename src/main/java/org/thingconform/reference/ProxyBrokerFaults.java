package org.thingconform.reference;

import java.util.Arrays;
import java.util.List;
import org.thingconform.protocol.mqtt.TopicFilter;

/**
 * The broker faults the proxy applies to packets from the broker to a plain MQTT client:
 * CONNACK's Session Present flag, a refused connection left open, packet ids of the
 * acknowledgements, a SUBSCRIBE acknowledged with the wrong packet type, a QoS 2 PUBLISH answered
 * with a PUBACK, QoS 2 messages lost, retained messages kept from wildcard subscriptions,
 * overlapping and shared subscriptions delivered at QoS 0. Where a fault keeps a packet from the
 * client or ends its QoS flow early, the proxy finishes the broker's handshake in the client's
 * stead ({@link StandInAcks}). Alink devices pass as they are.
 */
final class ProxyBrokerFaults {

    private static final int SESSION_PRESENT = 0x01;

    private final FaultSwitch faults;
    private final ProxyCapacityFaults capacity;

    ProxyBrokerFaults(FaultSwitch faults, ProxyCapacityFaults capacity) {
        this.faults = faults;
        this.capacity = capacity;
    }

    /** Handles one packet from the broker: relays it, changed or not, or drops it. */
    void fromBroker(ProxiedConnection connection, MqttFrame frame) {
        if (!connection.plain()) {
            connection.toClient(frame);
            return;
        }
        if (connection.standIn().answered(frame)) {
            return;
        }
        MqttFrame changed = switch (frame.type()) {
            case MqttFrame.CONNACK -> connack(connection, frame);
            case MqttFrame.PUBACK -> nextId(frame, Fault.BROKER_PUBACK_WRONG_PACKET_ID);
            case MqttFrame.PUBREC -> pubrec(connection, frame);
            case MqttFrame.PUBCOMP -> nextId(frame, Fault.BROKER_PUBCOMP_WRONG_PACKET_ID);
            case MqttFrame.SUBACK -> suback(connection, frame);
            case MqttFrame.PUBLISH -> publish(connection, frame);
            default -> frame;
        };
        if (changed != null) {
            connection.toClient(changed);
        }
    }

    private MqttFrame connack(ProxiedConnection connection, MqttFrame frame) {
        boolean accepted = frame.body()[1] == 0;
        if (!accepted && faults.on(Fault.BROKER_REFUSED_CONNECTION_LEFT_OPEN)) {
            connection.holdClientOpen();
        }
        if (accepted && faults.on(Fault.BROKER_SESSION_PRESENT_INVERTED)) {
            return frame.withByte(0, frame.body()[0] ^ SESSION_PRESENT);
        }
        return !accepted && faults.on(Fault.BROKER_REFUSAL_SESSION_PRESENT_SET)
                ? frame.withByte(0, frame.body()[0] | SESSION_PRESENT) : frame;
    }

    private MqttFrame pubrec(ProxiedConnection connection, MqttFrame frame) {
        if (!faults.on(Fault.BROKER_QOS2_ANSWERED_WITH_PUBACK)) {
            return nextId(frame, Fault.BROKER_PUBREC_WRONG_PACKET_ID);
        }
        // the client, told PUBACK, sends no PUBREL: the proxy releases the message itself, before the client
        // can reuse the packet id, so the broker ends its flow and keeps no packet id in use; a refusing
        // PUBREC (MQTT 5 reason code 0x80 or more) ends the flow as it is
        int reasonCode = frame.body().length > 2 ? frame.body()[2] & 0xFF : 0;
        if (reasonCode < 0x80) {
            connection.standIn().release(frame.u16(0));
        }
        // PUBACK and PUBREC share their layout (packet id, then MQTT 5 reason code and properties)
        return new MqttFrame(MqttFrame.PUBACK << 4, frame.body());
    }

    private MqttFrame nextId(MqttFrame frame, Fault fault) {
        return faults.on(fault) ? frame.withU16(0, frame.u16(0) % 0xFFFF + 1) : frame;
    }

    private MqttFrame suback(ProxiedConnection connection, MqttFrame frame) {
        int previous = connection.previousSubscribeId();
        MqttFrame changed = previous != 0 && faults.on(Fault.BROKER_SUBACK_WRONG_PACKET_ID)
                ? frame.withU16(0, previous) : frame;
        if (faults.on(Fault.BROKER_SUBSCRIBE_ANSWERED_WITH_UNSUBACK)) {
            // an MQTT 5 UNSUBACK is laid out as a SUBACK; a 3.1.1 one carries only the packet id
            byte[] body = connection.level() == 5 ? changed.body() : Arrays.copyOf(changed.body(), 2);
            return new MqttFrame(MqttFrame.UNSUBACK << 4, body);
        }
        return changed;
    }

    private MqttFrame publish(ProxiedConnection connection, MqttFrame frame) {
        if (capacity.deliver(connection, frame)) {
            return null;
        }
        if (frame.qos() == 2 && faults.on(Fault.BROKER_QOS2_DELIVERY_LOST)
                || frame.retain() && faults.on(Fault.BROKER_RETAINED_ONLY_EXACT_SUBSCRIPTIONS)
                && onlyWildcardsMatch(connection, frame)) {
            connection.standIn().receive(frame);
            return null;
        }
        if (frame.qos() == 1 && (faults.on(Fault.BROKER_OVERLAP_LOWEST_QOS) && overlapsAtQos0(connection, frame)
                || faults.on(Fault.BROKER_SHARED_SUBSCRIPTION_QOS_IGNORED) && matchesShared(connection, frame))) {
            // the proxy takes the QoS 1 delivery over from the client and hands it on at QoS 0
            MqttFields fields = new MqttFields(frame.body(), 0);
            fields.string();
            int idOffset = fields.position();
            connection.standIn().receive(frame);
            byte[] body = new byte[frame.body().length - 2];
            System.arraycopy(frame.body(), 0, body, 0, idOffset);
            System.arraycopy(frame.body(), idOffset + 2, body, idOffset, body.length - idOffset);
            return new MqttFrame(frame.header() & 0xF1, body);
        }
        return frame;
    }

    private static boolean overlapsAtQos0(ProxiedConnection connection, MqttFrame frame) {
        var matching = matching(connection, frame);
        return matching.size() > 1 && matching.stream().anyMatch(s -> s.qos() == 0);
    }

    /**
     * Whether subscriptions of the client match the PUBLISH's topic and none of them is the topic
     * name itself: a retained message it gets then came for a wildcard filter alone.
     */
    private static boolean onlyWildcardsMatch(ProxiedConnection connection, MqttFrame frame) {
        String topic = new MqttFields(frame.body(), 0).string();
        var matching = matching(connection, frame);
        return !matching.isEmpty() && matching.stream().noneMatch(s -> s.filter().equals(topic));
    }

    private static boolean matchesShared(ProxiedConnection connection, MqttFrame frame) {
        return matching(connection, frame).stream().anyMatch(s -> TopicFilter.isShared(s.filter()));
    }

    private static List<ProxiedConnection.Subscription> matching(ProxiedConnection connection, MqttFrame frame) {
        String topic = new MqttFields(frame.body(), 0).string();
        return connection.subscriptions().stream().filter(s -> TopicFilter.matches(s.filter(), topic)).toList();
    }
}
