package org.thingconform.protocol.mqtt.fleet;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The payload of a broker capacity clause, where the content does not matter: a magic number, the
 * member and the sequence, padded with zeros to the size the clause asks for.
 */
public final class SequencePayloads implements FleetPayloads {

    private static final int MAGIC = 0x7C0F1EE7;
    private static final int HEADER = 16;

    private final int size;

    /** Payloads of {@code size} bytes (at least 16). */
    public SequencePayloads(int size) {
        if (size < HEADER) {
            throw new IllegalArgumentException("a fleet payload needs at least " + HEADER + " bytes, not " + size);
        }
        this.size = size;
    }

    @Override
    public byte[] encode(int member, long sequence) {
        return ByteBuffer.allocate(size).putInt(MAGIC).putInt(member).putLong(sequence).array();
    }

    @Override
    public Optional<Key> decode(String topic, byte[] payload) {
        if (payload.length < HEADER) {
            return Optional.empty();
        }
        ByteBuffer bytes = ByteBuffer.wrap(payload);
        if (bytes.getInt() != MAGIC) {
            return Optional.empty();
        }
        return Optional.of(new Key(bytes.getInt(), bytes.getLong()));
    }
}
