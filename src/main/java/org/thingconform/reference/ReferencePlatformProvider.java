package org.thingconform.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.thingconform.platform.DeviceRole;
import org.thingconform.platform.EmbeddedPlatformProvider;
import org.thingconform.platform.FaultInfo;

/**
 * Makes the reference platform available to the engine through {@link java.util.ServiceLoader},
 * so the engine runs against it without a compile-time dependency on this package.
 */
public final class ReferencePlatformProvider implements EmbeddedPlatformProvider {

    /** The embedded broker's entry class: HiveMQ CE is an optional dependency of the artifact. */
    private static final String BROKER_CLASS = "com.hivemq.embedded.EmbeddedHiveMQ";

    /** {@inheritDoc} Only with HiveMQ CE embedded on the class path. */
    @Override
    public boolean available() {
        try {
            Class.forName(BROKER_CLASS, false, ReferencePlatformProvider.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    public List<FaultInfo> faults() {
        return Arrays.stream(Fault.values()).map(Fault::info).toList();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Returns a {@link ReferencePlatform}, whose faults can also be switched while it runs.
     * Only one reference platform can run in a JVM at a time.
     *
     * @throws IllegalStateException when another reference platform is running in this JVM
     */
    @Override
    public ReferencePlatform start(List<DeviceRole> roles, Set<String> faults) {
        return ReferencePlatform.start(roles, faults);
    }

    /** {@inheritDoc} The layout of the ports is {@link PortLayout}. */
    @Override
    public ReferencePlatform start(List<DeviceRole> roles, Set<String> faults, int portBase) {
        return ReferencePlatform.start(roles, faults, portBase);
    }

    /** {@inheritDoc} With a throwaway CA made for this platform ({@link ReferenceTls}). */
    @Override
    public ReferencePlatform startSecure(List<DeviceRole> roles, Set<String> faults, int portBase) {
        return ReferencePlatform.start(roles, faults, portBase, ReferenceTls.create());
    }
}
