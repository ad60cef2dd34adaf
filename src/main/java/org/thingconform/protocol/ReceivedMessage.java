package org.thingconform.protocol;

import java.time.Instant;

/** A PUBLISH the session received: topic, payload text, QoS, retain flag, packet id and arrival time. */
public record ReceivedMessage(String topic, String payload, int qos, boolean retained, int packetId, Instant time) {
}
