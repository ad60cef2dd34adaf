package org.thingconform.protocol.mqtt.fleet;

/**
 * One simulated device of a fleet: its MQTT client id, credentials and the topic it publishes to.
 * The password never leaves this record: {@link #toString} leaves it out.
 */
public record FleetMember(String clientId, String username, String password, String topic) {

    public FleetMember {
        if (clientId == null || clientId.isEmpty()) {
            throw new IllegalArgumentException("a fleet member needs a client id");
        }
    }

    @Override
    public String toString() {
        return "FleetMember[" + clientId + (username == null ? "" : ", user " + username) + ", " + topic + "]";
    }
}
