package org.thingconform.protocol.mqtt;

/** The MQTT session could not do what was asked (broker unreachable, publish not acknowledged, …). */
public class MqttProtocolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MqttProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
