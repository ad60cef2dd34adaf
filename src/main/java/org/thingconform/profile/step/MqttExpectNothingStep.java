package org.thingconform.profile.step;

import java.time.Duration;
import org.thingconform.source.SourceLocation;

/** Checks that no PUBLISH (on {@code topic}, when given) reaches the client within the quiet period {@code within}. */
public record MqttExpectNothingStep(SourceLocation location, String client, String topic, Duration within)
        implements MqttStep {

    @Override
    public String kind() {
        return "mqttExpectNothing";
    }
}
