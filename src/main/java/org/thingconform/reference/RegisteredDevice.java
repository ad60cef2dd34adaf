package org.thingconform.reference;

import org.thingconform.platform.DeviceIdentity;
import org.thingconform.thingmodel.ThingModel;

/** A device the reference platform knows: the profile role it stands for, its identity, model and stored data. */
record RegisteredDevice(String role, DeviceIdentity identity, ThingModel model, ThingState state) {

    DeviceKey key() {
        return new DeviceKey(identity.productKey(), identity.deviceName());
    }
}
