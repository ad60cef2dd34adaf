package org.thingconform.protocol.mqtt.fleet;

/**
 * One simulated device of a fleet: its MQTT client id, credentials, the topic it publishes to and, for a fleet
 * whose platform answers every message (a device's property post and its {@code post_reply}), the topic its
 * answers come back on (null when one observer sees the messages instead). The password never leaves this
 * record: {@link #toString} leaves it out.
 */
public record FleetMember(String clientId, String username, String password, String topic, String replyTopic) {

    public FleetMember {
        if (clientId == null || clientId.isEmpty()) {
            throw new IllegalArgumentException("a fleet member needs a client id");
        }
    }

    /** A member whose messages an observer sees (no reply topic of its own). */
    public FleetMember(String clientId, String username, String password, String topic) {
        this(clientId, username, password, topic, null);
    }

    @Override
    public String toString() {
        return "FleetMember[" + clientId + (username == null ? "" : ", user " + username) + ", " + topic
                + (replyTopic == null ? "" : ", replies on " + replyTopic) + "]";
    }
}
