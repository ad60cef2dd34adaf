package org.thingconform.engine;

import java.util.stream.Stream;
import org.thingconform.profile.Clause;
import org.thingconform.profile.Profile;
import org.thingconform.profile.step.Step;
import org.thingconform.profile.step.MqttStep;

/**
 * Which tests cannot see each other, so they may run side by side. A profile whose every step
 * plays a named MQTT client keeps each clause run's topics, client ids and payloads apart with
 * its own {@code {run}} token. Tests whose steps touch only their own devices ({@link Step#inOwnLane})
 * run side by side in lanes ({@link Lanes}), each with devices of its own. A profile with a device
 * the platform shares with a peer, or a step of the peer's view or of a WoT Thing, shares what every
 * test sees, so its tests run one after the other.
 */
public final class Isolation {

    private Isolation() {
    }

    /** Whether every test of the profile touches only its own devices and clients, so each lane keeps tests apart. */
    public static boolean byLane(Profile profile) {
        return profile.devices().keySet().stream().noneMatch(profile::sharedWithPeer)
                && profile.clauses().stream().allMatch(clause -> byLane(profile, clause));
    }

    /**
     * Whether every step of {@code clause} touches only its own devices and clients (its generated cases
     * are asked apart, {@link #byLane(GeneratedCase)}: the steps a thing model's expansion writes all do).
     */
    public static boolean byLane(Profile profile, Clause clause) {
        return profile.devices().keySet().stream().noneMatch(profile::sharedWithPeer)
                && Stream.concat(clause.given().stream(), clause.steps().stream()).allMatch(Step::inOwnLane);
    }

    /** Whether every step of a generated case touches only its own devices and clients. */
    static boolean byLane(GeneratedCase generated) {
        return Stream.concat(generated.given().stream(), generated.steps().stream()).allMatch(Step::inOwnLane);
    }

    /** Whether every step of the profile plays a named MQTT client: no device, no shared Thing. */
    public static boolean byRunToken(Profile profile) {
        return profile.devices().isEmpty() && profile.clauses().stream()
                .flatMap(c -> Stream.concat(c.given().stream(), c.steps().stream()))
                .allMatch(step -> step instanceof MqttStep);
    }
}
