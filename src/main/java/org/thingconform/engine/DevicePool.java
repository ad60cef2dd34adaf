package org.thingconform.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.thingconform.device.SimulatedDevice;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.Binding;
import org.thingconform.profile.Profile;
import org.thingconform.protocol.ConnectOutcome;
import org.thingconform.protocol.Transports;
import org.thingconform.trace.MessageTrace;

/**
 * Connected devices kept across the generated cases of one clause. Each case gets the
 * device with its own trace and an empty inbox; a device that lost its connection is
 * connected again, and a device the platform refused is not tried again in the same
 * clause. Without it every case would pay a full MQTT sign-in (Paho 1.2.5 alone
 * spends some 300 ms starting its threads per connection).
 */
public final class DevicePool implements AutoCloseable {

    private final Profile profile;
    private final Binding binding;
    private final PlatformDescriptor platform;
    private final Map<String, SimulatedDevice> devices = new LinkedHashMap<>();
    private final Map<String, String> refused = new LinkedHashMap<>();

    /** A pool of devices speaking {@code binding}. */
    public DevicePool(Profile profile, Binding binding, PlatformDescriptor platform) {
        this.profile = profile;
        this.binding = binding;
        this.platform = platform;
    }

    /**
     * The connected device of {@code role}, tracing into {@code trace}.
     *
     * @throws StepFailure INCONCLUSIVE when the device cannot connect: the case cannot be decided
     */
    SimulatedDevice acquire(String role, DeviceIdentity identity, MessageTrace trace) {
        String earlier = refused.get(role);
        if (earlier != null) {
            throw StepFailure.inconclusive("device '" + role + "' could not connect earlier in this clause: " + earlier);
        }
        SimulatedDevice device = devices.get(role);
        if (device != null && device.connected()) {
            device.startTest(trace);
            return device;
        }
        if (device != null) {
            device.close();
        }
        device = new SimulatedDevice(identity, binding, Transports.open(binding, platform, identity, trace),
                profile.timeouts().reply());
        devices.put(role, device);
        ConnectOutcome outcome = device.connect(true);
        if (!outcome.accepted()) {
            refused.put(role, outcome.detail());
            throw StepFailure.inconclusive("device '" + role + "' could not connect to run the case: " + outcome.detail());
        }
        return device;
    }

    @Override
    public void close() {
        devices.values().forEach(SimulatedDevice::close);
        devices.clear();
    }
}
