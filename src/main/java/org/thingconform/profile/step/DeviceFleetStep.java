package org.thingconform.profile.step;

import java.time.Duration;
import org.thingconform.measure.FleetThresholds;
import org.thingconform.source.SourceLocation;

/**
 * Runs a fleet of the platform's own devices of one role over the clause's binding and judges the platform's answers
 * against the thresholds: the first {@code devices} devices of role {@code role} (the descriptor's device, then its
 * pool) sign in as the binding says at {@code connectRate} per second, each subscribes to its reply topic and posts
 * {@code messageRate} valid requests per second on {@code flow} for {@code duration}; each answer to one of its
 * requests is a delivery timed from request to answer, an answer with another code than the binding's success code
 * an error. How a capacity statement about devices (so many signed in, so many posts answered, so fast) becomes a
 * verdict, where {@link MqttFleetStep} measures the broker alone. MQTT bindings only (the loader refuses others).
 *
 * @param role  the device role whose devices make the fleet
 * @param flow  the binding's uplink flow each device posts on (with a reply topic), e.g. {@code propertyPost}
 * @param drain how long after posting ends answers still on their way are awaited
 */
public record DeviceFleetStep(SourceLocation location, String role, String flow, int devices, double connectRate,
                              double messageRate, Duration duration, Duration drain, FleetThresholds expect)
        implements FleetStep {

    @Override
    public String kind() {
        return "deviceFleet";
    }

    @Override
    public boolean usesDevice() {
        return true; // the binding's devices: the clause runs once per binding it names
    }

    @Override
    public boolean inOwnLane() {
        return true; // the load it puts on the platform is why its clause runs alone
    }
}
