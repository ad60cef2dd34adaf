package org.thingconform.platform;

import java.util.List;
import java.util.Set;

/**
 * Service-provider interface through which the engine starts the embedded reference
 * platform without depending on it (found with {@link java.util.ServiceLoader}).
 */
public interface EmbeddedPlatformProvider {

    /**
     * Whether this platform can start here: a provider whose libraries are optional dependencies says no when
     * they are not on the class path (a vendor's build that uses the engine with a descriptor only).
     */
    default boolean available() {
        return true;
    }

    /** The faults this platform can switch on. */
    List<FaultInfo> faults();

    /**
     * Starts the platform on free loopback ports, registers one device per role with the
     * role's thing model, and switches on the named faults.
     *
     * @throws IllegalArgumentException when a fault name is unknown
     */
    EmbeddedPlatform start(List<DeviceRole> roles, Set<String> faults);

    /**
     * As {@link #start(List, Set)}, on consecutive loopback ports from {@code portBase} on (the
     * platform documents which server takes which); a port base of 0 picks free ports, as
     * {@link #start(List, Set)} does.
     *
     * @throws IllegalArgumentException when a fault name is unknown
     * @throws IllegalStateException    when a port is taken
     */
    default EmbeddedPlatform start(List<DeviceRole> roles, Set<String> faults, int portBase) {
        if (portBase != 0) {
            throw new UnsupportedOperationException("this embedded platform picks its own ports");
        }
        return start(roles, faults);
    }

    /**
     * As {@link #start(List, Set, int)}, serving devices and APIs over TLS and DTLS only, with
     * certificates made for this run; the descriptor trusts them and gives devices client certificates.
     *
     * @throws UnsupportedOperationException when this platform has no TLS
     */
    default EmbeddedPlatform startSecure(List<DeviceRole> roles, Set<String> faults, int portBase) {
        throw new UnsupportedOperationException("this embedded platform has no TLS");
    }
}
