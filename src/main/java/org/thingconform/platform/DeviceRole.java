package org.thingconform.platform;

import org.thingconform.thingmodel.ThingModel;

/**
 * A device a profile needs, by role name, the thing model it implements, whether the
 * platform shares it with the peer platform (interconnection profiles say which roles are
 * shared; a platform must list and let the peer control only those), and how many more devices
 * of the role a run wants, so its tests can run side by side each with a device of its own.
 */
public record DeviceRole(String role, ThingModel model, boolean sharedWithPeer, int pool) {

    public DeviceRole {
        if (pool < 0) {
            throw new IllegalArgumentException("a pool of " + pool + " devices");
        }
    }

    /** A role with one device. */
    public DeviceRole(String role, ThingModel model, boolean sharedWithPeer) {
        this(role, model, sharedWithPeer, 0);
    }

    /** A role with one device, not shared with any peer. */
    public DeviceRole(String role, ThingModel model) {
        this(role, model, false);
    }
}
