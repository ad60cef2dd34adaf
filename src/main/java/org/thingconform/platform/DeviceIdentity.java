package org.thingconform.platform;

/**
 * A device registered on the platform under test, as a profile's device role maps to it:
 * product key, device name and the secret the device authenticates with.
 */
public record DeviceIdentity(String productKey, String deviceName, Secret deviceSecret) {
}
