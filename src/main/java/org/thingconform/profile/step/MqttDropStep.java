package org.thingconform.profile.step;

import org.thingconform.source.SourceLocation;

/** Closes the client's TCP connection without DISCONNECT: an abnormal close, which triggers the will. */
public record MqttDropStep(SourceLocation location, String client) implements MqttStep {

    @Override
    public String kind() {
        return "mqttDrop";
    }
}
