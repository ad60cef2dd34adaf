package org.thingconform.platform;

import java.util.Set;

/** A running embedded platform; closing it stops it and frees its ports. */
public interface EmbeddedPlatform extends AutoCloseable {

    /** How to reach it, with the devices it registered for the requested roles. */
    PlatformDescriptor descriptor();

    /**
     * Switches exactly {@code faults} on and every other fault off, effective for the next
     * message or request. Lets one running platform serve several runs with different faults
     * (a mutation run) instead of being restarted for each.
     *
     * @throws IllegalArgumentException when a fault name is unknown; the faults then stay as they were
     */
    void switchFaults(Set<String> faults);

    /**
     * Forgets everything the platform stored since it started (property values, events,
     * pending property sets and service invocations), keeping the registered devices and
     * their credentials. Runs that share one platform then start as on a fresh one and do
     * not see each other's data.
     */
    void clearState();

    @Override
    void close();
}
