package org.thingconform.reference;

import org.thingconform.platform.DeviceIdentity;
import org.thingconform.thingmodel.ThingModel;

/**
 * A device the reference platform knows: the profile role it stands for, its identity, model,
 * whether it is shared with the peer platform, and its stored data.
 */
record RegisteredDevice(String role, DeviceIdentity identity, ThingModel model, boolean sharedWithPeer,
                        ThingState state) {

    DeviceKey key() {
        return new DeviceKey(identity.productKey(), identity.deviceName());
    }

    /** The id the interconnection API addresses the device by: {@code productKey.deviceName}. */
    String peerId() {
        return identity.peerId();
    }
}
