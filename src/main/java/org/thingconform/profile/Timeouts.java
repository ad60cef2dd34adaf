package org.thingconform.profile;

import java.time.Duration;

/**
 * The bounds of every wait a profile's tests make: for a reply or a downlink from the
 * platform, for a northbound request, and the timeout a northbound caller asks for a
 * sync (RRPC) service call. Waits are event-driven; these only cap them.
 *
 * @param reply      how long a device waits for a reply or a downlink
 * @param northbound how long a northbound request may take
 * @param syncCall   how long the platform may hold a sync service call waiting for the
 *                   device's answer before it answers the caller with a timeout
 */
public record Timeouts(Duration reply, Duration northbound, Duration syncCall) {

    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(5));
}
