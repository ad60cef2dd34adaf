package org.thingconform.platform;

import java.util.Optional;

/**
 * A device registered on the platform under test, as a profile's device role maps to it:
 * product key, device name, the secret the device authenticates with, and, when the
 * platform has an interconnection API, the id a peer platform addresses the device by
 * (null when the descriptor does not say).
 */
public record DeviceIdentity(String productKey, String deviceName, Secret deviceSecret, String peerId) {

    public DeviceIdentity(String productKey, String deviceName, Secret deviceSecret) {
        this(productKey, deviceName, deviceSecret, null);
    }

    /** The id a peer platform addresses the device by, when the descriptor gives it. */
    public Optional<String> peer() {
        return Optional.ofNullable(peerId);
    }
}
