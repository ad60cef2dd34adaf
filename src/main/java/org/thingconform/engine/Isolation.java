package org.thingconform.engine;

import java.util.stream.Stream;
import org.thingconform.profile.Profile;
import org.thingconform.profile.step.MqttStep;

/**
 * Which clauses cannot see each other, so they may run side by side. A profile whose every step
 * plays a named MQTT client keeps each clause run's topics, client ids and payloads apart with
 * its own {@code {run}} token; a profile with simulated devices shares their identities, and a
 * profile that reads or writes a Thing shares the Thing, so their clauses run one after the other.
 */
public final class Isolation {

    private Isolation() {
    }

    /** Whether every step of the profile plays a named MQTT client: no device, no shared Thing. */
    public static boolean byRunToken(Profile profile) {
        return profile.devices().isEmpty() && profile.clauses().stream()
                .flatMap(c -> Stream.concat(c.given().stream(), c.steps().stream()))
                .allMatch(step -> step instanceof MqttStep);
    }
}
