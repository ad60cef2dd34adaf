package org.thingconform.platform;

/**
 * The account a plain MQTT client connects to a broker with (the broker profile's clients, as
 * opposed to devices, which sign in with their own identity). The password is a {@link Secret}.
 */
public record MqttAccount(String username, Secret password) {
}
