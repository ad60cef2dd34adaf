package org.thingconform.reference;

import java.util.Map;

/**
 * What the fault proxy reads of a CONNECT: the protocol level, where the connect flags sit,
 * the client id and user name, and where the MQTT 5 properties its faults rewrite sit
 * (-1 when absent).
 *
 * @param level             4 for MQTT 3.1.1, 5 for MQTT 5.0
 * @param flagsOffset       body offset of the connect flags byte
 * @param clientId          the client identifier
 * @param username          the user name, or null
 * @param sessionExpiry     body offset of the Session Expiry Interval value, or -1
 * @param maximumPacketSize body offset of the Maximum Packet Size value, or -1
 */
record ConnectFields(int level, int flagsOffset, String clientId, String username, int sessionExpiry,
                     int maximumPacketSize) {

    private static final int SESSION_EXPIRY_INTERVAL = 0x11;
    private static final int MAXIMUM_PACKET_SIZE = 0x27;
    private static final int WILL_FLAG = 0x04;
    private static final int USERNAME_FLAG = 0x80;

    /** Reads a CONNECT; null when it is too malformed to read (the broker will answer it). */
    static ConnectFields read(MqttFrame connect) {
        try {
            MqttFields fields = new MqttFields(connect.body(), 0);
            fields.string(); // protocol name
            int level = fields.u8();
            int flagsOffset = fields.position();
            int flags = fields.u8();
            fields.u16(); // keep alive
            Map<Integer, Integer> properties = level == 5 ? fields.properties() : Map.of();
            String clientId = fields.string();
            if ((flags & WILL_FLAG) != 0) {
                if (level == 5) {
                    fields.properties();
                }
                fields.string();
                fields.skipBinary();
            }
            String username = (flags & USERNAME_FLAG) != 0 ? fields.string() : null;
            return new ConnectFields(level, flagsOffset, clientId, username,
                    properties.getOrDefault(SESSION_EXPIRY_INTERVAL, -1), properties.getOrDefault(MAXIMUM_PACKET_SIZE, -1));
        } catch (IndexOutOfBoundsException e) {
            return null;
        }
    }
}
