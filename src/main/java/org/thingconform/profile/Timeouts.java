package org.thingconform.profile;

import java.time.Duration;

/**
 * The bounds of every wait a profile's tests make: for a reply or a downlink from the
 * platform, and for a northbound request. Waits are event-driven; these only cap them.
 */
public record Timeouts(Duration reply, Duration northbound) {

    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));
}
