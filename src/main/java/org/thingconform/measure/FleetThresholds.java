package org.thingconform.measure;

import java.time.Duration;

/**
 * What a capacity clause demands of a fleet run: each bound is checked when given (null: not checked). Ratios are
 * fractions (0.999 for 99.9 %); latencies end to end, from the publisher's send to the observer's receipt.
 *
 * @param connected the least share of the fleet's devices that must connect
 * @param delivered the least share of the messages published that must reach the observer
 * @param p50       the longest median latency allowed
 * @param p95       the longest 95th percentile latency allowed
 * @param p99       the longest 99th percentile latency allowed
 * @param max       the longest latency allowed for any message
 * @param errors    the most network and protocol errors allowed (refused or failed connections, timeouts)
 */
public record FleetThresholds(Double connected, Double delivered, Duration p50, Duration p95, Duration p99,
                              Duration max, Long errors) {

    /** Whether no bound is given. */
    public boolean none() {
        return connected == null && delivered == null && p50 == null && p95 == null && p99 == null && max == null
                && errors == null;
    }
}
