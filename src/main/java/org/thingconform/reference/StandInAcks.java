package org.thingconform.reference;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The QoS handshakes the fault proxy finishes with the broker in a client's stead, for one
 * connection: when a fault keeps a PUBLISH from the client, or tells the client that its QoS 2
 * PUBLISH is done before the broker's flow is, the proxy plays the client's part towards the
 * broker, so the broker holds no message in flight that the client will never acknowledge, and
 * the client gets no answer to a packet it never sent.
 */
final class StandInAcks {

    private final Consumer<MqttFrame> toBroker;
    /** Packet ids of broker PUBLISHes at QoS 2 the proxy answered with PUBREC: their PUBREL is the proxy's. */
    private final Set<Integer> received = ConcurrentHashMap.newKeySet();
    /** Packet ids of client PUBLISHes at QoS 2 the proxy released with PUBREL: their PUBCOMP is the proxy's. */
    private final Set<Integer> released = ConcurrentHashMap.newKeySet();

    StandInAcks(Consumer<MqttFrame> toBroker) {
        this.toBroker = toBroker;
    }

    /** Acknowledges to the broker a PUBLISH of the broker's the client will not see: PUBACK at QoS 1, PUBREC at QoS 2. */
    void receive(MqttFrame publish) {
        if (publish.qos() == 0) {
            return;
        }
        MqttFields fields = new MqttFields(publish.body(), 0);
        fields.string();
        int packetId = fields.u16();
        if (publish.qos() == 2) {
            received.add(packetId);
        }
        toBroker.accept(MqttFrame.ack(publish.qos() == 1 ? MqttFrame.PUBACK : MqttFrame.PUBREC, packetId));
    }

    /** Sends the PUBREL of a client's QoS 2 PUBLISH that the client will not send itself. */
    void release(int packetId) {
        released.add(packetId);
        toBroker.accept(MqttFrame.ack(MqttFrame.PUBREL, packetId));
    }

    /**
     * Takes a packet from the broker that answers one of the proxy's own acknowledgements: a PUBREL
     * of a PUBLISH the proxy received (answered with PUBCOMP) or the PUBCOMP of a PUBREL the proxy
     * sent (dropped).
     *
     * @return true when the packet was the proxy's and must not reach the client
     */
    boolean answered(MqttFrame fromBroker) {
        if (fromBroker.body().length < 2) {
            return false;
        }
        int packetId = fromBroker.u16(0);
        if (fromBroker.type() == MqttFrame.PUBREL && received.remove(packetId)) {
            toBroker.accept(MqttFrame.ack(MqttFrame.PUBCOMP, packetId));
            return true;
        }
        return fromBroker.type() == MqttFrame.PUBCOMP && released.remove(packetId);
    }
}
