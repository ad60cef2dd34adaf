package org.thingconform.profile.step;

import org.thingconform.source.SourceLocation;

/** Sends DISCONNECT (MQTT 5: with {@code reasonCode}, default 0) and closes the connection: a normal close. */
public record MqttDisconnectStep(SourceLocation location, String client, Integer reasonCode) implements MqttStep {

    @Override
    public String kind() {
        return "mqttDisconnect";
    }
}
