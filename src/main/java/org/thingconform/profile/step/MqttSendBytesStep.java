package org.thingconform.profile.step;

import org.thingconform.source.SourceLocation;

/**
 * Sends bytes as they are (opening the connection first if needed): a packet the codec would not
 * let the suite build, such as a PINGREQ before CONNECT. {@code hex} is the bytes in hexadecimal.
 */
public record MqttSendBytesStep(SourceLocation location, String client, String hex) implements MqttStep {

    @Override
    public String kind() {
        return "mqttSendBytes";
    }
}
