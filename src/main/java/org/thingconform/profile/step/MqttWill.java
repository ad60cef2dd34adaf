package org.thingconform.profile.step;

/** The will message a CONNECT carries: published by the broker when the connection ends abnormally. */
public record MqttWill(String topic, String payload, int qos, boolean retain, Long delayInterval) {
}
