package org.thingconform.reference;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.thingconform.platform.Secret;

/** Random secrets of the reference platform (the northbound bearer token). */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** A fresh 256-bit bearer token, hex encoded. */
    static Secret token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new Secret(HexFormat.of().formatHex(bytes));
    }
}
