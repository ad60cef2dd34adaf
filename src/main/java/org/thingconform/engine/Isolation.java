package org.thingconform.engine;

import java.util.stream.Stream;
import org.thingconform.profile.Clause;
import org.thingconform.profile.Profile;
import org.thingconform.profile.step.Step;

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

    /**
     * Whether the tests of two profiles cannot see each other, so the profiles may run side by side: they
     * name no device role in common, at most one of them has a step of a view every test shares (the peer's
     * view of the platform, a WoT Thing), and neither has a clause that must run alone.
     */
    public static boolean apart(Profile a, Profile b) {
        if (hasExclusive(a) || hasExclusive(b) || !sharesNothing(a) && !sharesNothing(b)) {
            return false;
        }
        return a.devices().keySet().stream().noneMatch(b.devices()::containsKey);
    }

    private static boolean hasExclusive(Profile profile) {
        return profile.clauses().stream().anyMatch(Clause::exclusive);
    }

    /** Whether no step of the profile uses a view every test shares. */
    private static boolean sharesNothing(Profile profile) {
        return profile.clauses().stream().flatMap(c -> Stream.concat(c.given().stream(), c.steps().stream()))
                .allMatch(Step::inOwnLane);
    }
}
