package org.thingconform.reference;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A cursor over a packet body for the fault proxy: reads MQTT's data types (two-byte
 * integers, length-prefixed strings, variable byte integers and MQTT 5 property blocks) and
 * remembers where each field sits, so a fault can rewrite a value in place.
 */
final class MqttFields {

    private final byte[] body;
    private int position;

    MqttFields(byte[] body, int position) {
        this.body = body;
        this.position = position;
    }

    int position() {
        return position;
    }

    boolean atEnd() {
        return position >= body.length;
    }

    int u8() {
        return body[position++] & 0xFF;
    }

    int u16() {
        int value = ((body[position] & 0xFF) << 8) | (body[position + 1] & 0xFF);
        position += 2;
        return value;
    }

    String string() {
        int length = u16();
        String value = new String(body, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    void skipBinary() {
        int length = u16(); // read first: "position += u16()" would add to the position before the read
        position += length;
    }

    int varint() {
        int value = 0;
        int multiplier = 1;
        int digit;
        do {
            digit = u8();
            value += (digit & 0x7F) * multiplier;
            multiplier *= 128;
        } while ((digit & 0x80) != 0);
        return value;
    }

    /**
     * Reads an MQTT 5 property block and answers, per property id, the offset of its first
     * value in the body (ids MQTT 5 defines; an unknown id ends the walk).
     */
    Map<Integer, Integer> properties() {
        int length = varint();
        int end = position + length;
        Map<Integer, Integer> offsets = new HashMap<>();
        while (position < end) {
            int id = varint();
            offsets.putIfAbsent(id, position);
            if (!skipValue(id)) {
                break;
            }
        }
        position = end;
        return offsets;
    }

    private boolean skipValue(int id) {
        switch (id) {
            case 0x01, 0x17, 0x19, 0x24, 0x25, 0x28, 0x29, 0x2A -> position += 1;
            case 0x13, 0x21, 0x22, 0x23 -> position += 2;
            case 0x02, 0x11, 0x18, 0x27 -> position += 4;
            case 0x0B -> varint();
            case 0x03, 0x08, 0x12, 0x15, 0x1A, 0x1C, 0x1F, 0x09, 0x16 -> skipBinary();
            case 0x26 -> {
                skipBinary();
                skipBinary();
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
