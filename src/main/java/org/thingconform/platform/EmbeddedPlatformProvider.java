package org.thingconform.platform;

import java.util.List;
import java.util.Set;

/**
 * Service-provider interface through which the engine starts the embedded reference
 * platform without depending on it (found with {@link java.util.ServiceLoader}).
 */
public interface EmbeddedPlatformProvider {

    /** The faults this platform can switch on. */
    List<FaultInfo> faults();

    /**
     * Starts the platform on free loopback ports, registers one device per role with the
     * role's thing model, and switches on the named faults.
     *
     * @throws IllegalArgumentException when a fault name is unknown
     */
    EmbeddedPlatform start(List<DeviceRole> roles, Set<String> faults);
}
