package org.thingconform.reference;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.util.Arrays;

/**
 * One MQTT control packet as the fault proxy relays it: the first byte of its fixed header
 * and the bytes after the remaining length, untouched unless a fault edits them. The proxy
 * splits the stream into frames only to find packet boundaries and the few fields its faults
 * change; it never re-encodes a packet it does not change.
 */
record MqttFrame(int header, byte[] body) {

    static final int CONNECT = 1;
    static final int CONNACK = 2;
    static final int PUBLISH = 3;
    static final int PUBACK = 4;
    static final int PUBREC = 5;
    static final int PUBREL = 6;
    static final int PUBCOMP = 7;
    static final int SUBSCRIBE = 8;
    static final int SUBACK = 9;
    static final int UNSUBACK = 11;

    /** The control packet type, 1 (CONNECT) to 15 (AUTH). */
    int type() {
        return (header >> 4) & 0x0F;
    }

    /** A PUBLISH's QoS. */
    int qos() {
        return (header >> 1) & 0x03;
    }

    /** A PUBLISH's RETAIN flag. */
    boolean retain() {
        return (header & 0x01) != 0;
    }

    /** The two-byte big-endian number at {@code offset} of the body, e.g. a packet id. */
    int u16(int offset) {
        return new MqttFields(body, offset).u16();
    }

    /** A copy with the two-byte number at {@code offset} replaced. */
    MqttFrame withU16(int offset, int value) {
        byte[] copy = body.clone();
        copy[offset] = (byte) (value >> 8);
        copy[offset + 1] = (byte) value;
        return new MqttFrame(header, copy);
    }

    /** A copy with the body byte at {@code offset} replaced. */
    MqttFrame withByte(int offset, int value) {
        byte[] copy = body.clone();
        copy[offset] = (byte) value;
        return new MqttFrame(header, copy);
    }

    /** The packet on the wire: fixed header, remaining length, body. */
    ByteBuf encode(ByteBufAllocator allocator) {
        ByteBuf out = allocator.buffer(body.length + 5);
        out.writeByte(header);
        int length = body.length;
        do {
            int digit = length % 128;
            length /= 128;
            out.writeByte(length > 0 ? digit | 0x80 : digit);
        } while (length > 0);
        out.writeBytes(body);
        return out;
    }

    /** An acknowledgement of {@code type} that carries only a packet id (PUBACK, PUBREC, …). */
    static MqttFrame ack(int type, int packetId) {
        int flags = type == PUBREL ? 0x02 : 0x00;
        return new MqttFrame((type << 4) | flags, new byte[] {(byte) (packetId >> 8), (byte) packetId});
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MqttFrame f && f.header == header && Arrays.equals(f.body, body);
    }

    @Override
    public int hashCode() {
        return 31 * header + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "MqttFrame[type=" + type() + ", " + body.length + " bytes]";
    }
}
