package org.thingconform.reference;

import java.util.Optional;
import java.util.regex.Pattern;

/** The address of one device on the platform: product key and device name, as in Alink topics. */
record DeviceKey(String productKey, String deviceName) {

    /** Characters that would turn a topic filter into something else (level separator, wildcards). */
    private static final Pattern UNSAFE = Pattern.compile("[/+#\\s]");

    /** The device's Alink topic space, {@code /sys/{pk}/{dn}/}. */
    String topicPrefix() {
        return "/sys/" + productKey + "/" + deviceName + "/";
    }

    /** Reads an Alink MQTT user name {@code {deviceName}&{productKey}}; empty when malformed. */
    static Optional<DeviceKey> fromUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        int amp = username.indexOf('&');
        if (amp <= 0 || amp == username.length() - 1 || username.indexOf('&', amp + 1) >= 0) {
            return Optional.empty();
        }
        if (UNSAFE.matcher(username).find()) {
            return Optional.empty();
        }
        return Optional.of(new DeviceKey(username.substring(amp + 1), username.substring(0, amp)));
    }

    /** {@code pk/dn}, for logs and as a connection attribute. */
    String encode() {
        return productKey + "/" + deviceName;
    }

    static Optional<DeviceKey> decode(String encoded) {
        int slash = encoded.indexOf('/');
        return slash <= 0 ? Optional.empty()
                : Optional.of(new DeviceKey(encoded.substring(0, slash), encoded.substring(slash + 1)));
    }

    @Override
    public String toString() {
        return encode();
    }
}
