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
 * spends some 300 ms starting its threads per connection). A pool plays the devices of one lane
 * (lane 0: each role's own device; lane n: the n-th device of each role's pool in the descriptor),
 * so cases run side by side in several lanes never share a device.
 */
public final class DevicePool implements AutoCloseable {

    private final Profile profile;
    private final Binding binding;
    private final PlatformDescriptor platform;
    private final int lane;
    private final Map<String, SimulatedDevice> devices = new LinkedHashMap<>();
    private final Map<String, String> refused = new LinkedHashMap<>();

    /** A pool of the roles' own devices speaking {@code binding}. */
    public DevicePool(Profile profile, Binding binding, PlatformDescriptor platform) {
        this(profile, binding, platform, 0);
    }

    /** A pool of the devices of lane {@code lane} speaking {@code binding}. */
    public DevicePool(Profile profile, Binding binding, PlatformDescriptor platform, int lane) {
        this.profile = profile;
        this.binding = binding;
        this.platform = platform;
        this.lane = lane;
    }

    /** The lane whose devices this pool plays. */
    int lane() {
        return lane;
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
