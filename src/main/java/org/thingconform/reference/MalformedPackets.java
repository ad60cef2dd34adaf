package org.thingconform.reference;

/**
 * Which client packets MQTT 3.1.1 calls malformed or a protocol violation by their fixed header and packet id
 * alone: reserved flag bits other than the table's (0010 for PUBREL, SUBSCRIBE and UNSUBSCRIBE, 0000 for the rest
 * but PUBLISH), a PUBLISH with QoS 3, a SUBSCRIBE or UNSUBSCRIBE with Packet Identifier 0 or without any topic
 * filter, and a SUBSCRIBE asking for a QoS above 2. What the broker must close the connection on, and what the
 * fault {@link Fault#BROKER_MALFORMED_PACKETS_IGNORED} lets pass unnoticed.
 */
final class MalformedPackets {

    private static final int PUBREL = 6;
    private static final int SUBSCRIBE = 8;
    private static final int UNSUBSCRIBE = 10;
    private static final int ID_FLAGS = 0x02;

    private MalformedPackets() {
    }

    /** Whether {@code frame}, sent by a client after its CONNECT, is malformed in one of those ways. */
    static boolean malformed(MqttFrame frame) {
        int type = frame.type();
        int flags = frame.header() & 0x0F;
        if (type == MqttFrame.PUBLISH) {
            return frame.qos() == 3;
        }
        int required = type == PUBREL || type == SUBSCRIBE || type == UNSUBSCRIBE ? ID_FLAGS : 0;
        if (flags != required) {
            return true;
        }
        if (type == SUBSCRIBE || type == UNSUBSCRIBE) {
            byte[] body = frame.body();
            if (body.length <= 2 || frame.u16(0) == 0) { // no payload, or packet id 0
                return true;
            }
            return type == SUBSCRIBE && (body[body.length - 1] & 0xFF) > 2;
        }
        return false;
    }
}
