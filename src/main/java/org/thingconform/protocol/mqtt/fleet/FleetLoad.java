package org.thingconform.protocol.mqtt.fleet;

import java.time.Duration;

/**
 * What a fleet does: how fast its members connect (connections per second, the ramp), how often each
 * publishes once connected, for how long after the ramp, at which QoS, and how long to wait at the
 * end for messages still on their way.
 */
public record FleetLoad(double connectsPerSecond, double messagesPerSecond, Duration duration, int qos,
                        Duration drain) {

    public FleetLoad {
        if (!(connectsPerSecond > 0)) {
            throw new IllegalArgumentException("the connect ramp must be above 0 connections/s");
        }
        if (messagesPerSecond < 0) {
            throw new IllegalArgumentException("a message rate cannot be negative");
        }
        if (qos < 0 || qos > 1) {
            throw new IllegalArgumentException("a fleet publishes at QoS 0 or 1, not " + qos);
        }
        if (duration.isNegative() || drain.isNegative()) {
            throw new IllegalArgumentException("durations cannot be negative");
        }
    }
}
