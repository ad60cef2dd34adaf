package org.thingconform.platform;

import java.util.Optional;
import org.thingconform.protocol.tls.ClientKey;
import org.thingconform.protocol.tls.PreSharedKey;

/**
 * A device registered on the platform under test, as a profile's device role maps to it:
 * product key, device name, and what the device signs in with: the secret of a signature
 * scheme, an X.509 client certificate (mutual TLS; the binding's sign-in then names no secret),
 * a DTLS pre-shared key, or several of them; and, when the platform has an interconnection
 * API, the id a peer platform addresses the device by (null when the descriptor does not say).
 *
 * @param deviceSecret the secret, or null for a device that signs in with its certificate only
 * @param certificate  the X.509 client identity, or null
 * @param psk          the DTLS pre-shared key, or null
 */
public record DeviceIdentity(String productKey, String deviceName, Secret deviceSecret, String peerId,
                             ClientKey certificate, PreSharedKey psk) {

    public DeviceIdentity(String productKey, String deviceName, Secret deviceSecret, String peerId) {
        this(productKey, deviceName, deviceSecret, peerId, null, null);
    }

    public DeviceIdentity(String productKey, String deviceName, Secret deviceSecret) {
        this(productKey, deviceName, deviceSecret, null);
    }

    /** The id a peer platform addresses the device by, when the descriptor gives it. */
    public Optional<String> peer() {
        return Optional.ofNullable(peerId);
    }

    /** Whether the device signs in with its X.509 certificate instead of a secret. */
    public boolean signsInWithCertificate() {
        return certificate != null && deviceSecret == null;
    }
}
