package org.thingconform.protocol.tls;

import java.util.Arrays;

/**
 * A DTLS pre-shared key: the identity the client names and the key bytes. Both come from the
 * descriptor's secret mechanism; {@code toString} shows neither.
 */
public record PreSharedKey(String identity, byte[] key) {

    public PreSharedKey {
        key = key.clone();
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PreSharedKey psk && psk.identity.equals(identity) && Arrays.equals(psk.key, key);
    }

    @Override
    public int hashCode() {
        return identity.hashCode() * 31 + Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "PreSharedKey[identity=******, key=******]";
    }
}
