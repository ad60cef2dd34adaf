package org.thingconform.reference;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens the CoAP and HTTP device endpoints hand out at sign-in: random, one per
 * sign-in, resolving to the device that signed in. A device's new sign-in does not revoke
 * its earlier tokens (a device may hold several sessions).
 */
final class DeviceTokens {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, DeviceKey> devices = new ConcurrentHashMap<>();

    /** A fresh token for {@code device}. */
    String issue(DeviceKey device) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        devices.put(token, device);
        return token;
    }

    /** The device a token was issued to; empty for a missing or unknown token. */
    Optional<DeviceKey> device(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(devices.get(token));
    }
}
