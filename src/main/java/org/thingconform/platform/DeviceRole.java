package org.thingconform.platform;

import org.thingconform.thingmodel.ThingModel;

/**
 * A device a profile needs, by role name, the thing model it implements, and whether the
 * platform shares it with the peer platform (interconnection profiles say which roles are
 * shared; a platform must list and let the peer control only those).
 */
public record DeviceRole(String role, ThingModel model, boolean sharedWithPeer) {

    /** A role not shared with any peer. */
    public DeviceRole(String role, ThingModel model) {
        this(role, model, false);
    }
}
