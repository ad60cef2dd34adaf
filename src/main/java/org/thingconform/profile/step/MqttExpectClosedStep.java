package org.thingconform.profile.step;

import java.time.Duration;
import org.thingconform.source.SourceLocation;

/**
 * Checks that the broker closes the client's connection within {@code within} (null: the
 * profile's reply timeout); an MQTT 5 DISCONNECT before the close is recorded in the trace.
 */
public record MqttExpectClosedStep(SourceLocation location, String client, Duration within) implements MqttStep {

    @Override
    public String kind() {
        return "mqttExpectClosed";
    }
}
