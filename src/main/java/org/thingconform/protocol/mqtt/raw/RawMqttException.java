package org.thingconform.protocol.mqtt.raw;

/** The raw MQTT client could not reach the broker: a setup problem, not a verdict on the broker. */
public final class RawMqttException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RawMqttException(String message) {
        super(message, null, false, false);
    }
}
