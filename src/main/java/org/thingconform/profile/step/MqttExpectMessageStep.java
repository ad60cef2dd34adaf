package org.thingconform.profile.step;

import java.time.Duration;
import java.util.List;
import org.thingconform.source.SourceLocation;

/**
 * Waits for a PUBLISH from the broker on {@code topic} (with {@code payload}, when given) and
 * checks its QoS, RETAIN flag and MQTT 5 properties. QoS 1 and 2 messages are acknowledged.
 *
 * @param qos             the QoS the message must be delivered with, or null
 * @param publishedQos    the QoS it was published with: it must be delivered with the minimum of that and
 *                        the highest QoS the broker granted to the client's matching subscriptions; or null
 * @param within          how long to wait; null: the profile's reply timeout
 * @param copies          how many copies may arrive (e.g. [1, 2] for overlapping subscriptions): after the
 *                        first, the step waits {@code within} for more and records how many came; empty: 1 or more
 * @param subscriptionIds subscription identifiers the message must carry (MQTT 5), or empty
 * @param maxMessageExpiry the message expiry interval must be present and at most this, or null
 */
public record MqttExpectMessageStep(SourceLocation location, String client, String topic, String payload,
                                    Integer qos, Integer publishedQos, Boolean retain, Duration within, List<Integer> copies,
                                    List<Integer> subscriptionIds, Long maxMessageExpiry) implements MqttStep {

    public MqttExpectMessageStep {
        copies = List.copyOf(copies);
        subscriptionIds = List.copyOf(subscriptionIds);
    }

    @Override
    public String kind() {
        return "mqttExpectMessage";
    }
}
