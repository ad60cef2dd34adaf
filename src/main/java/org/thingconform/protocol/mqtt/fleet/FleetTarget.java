package org.thingconform.protocol.mqtt.fleet;

import java.time.Duration;

/**
 * Where a fleet connects: the broker's host and port and the keep-alive its members announce. The
 * fleet's own small type, so the adapter does not depend on the platform descriptor's records.
 */
public record FleetTarget(String host, int port, Duration keepAlive) {

    public FleetTarget {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a fleet needs a broker host");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port");
        }
        if (keepAlive.isNegative() || keepAlive.toSeconds() > 65_535) {
            throw new IllegalArgumentException("keep-alive " + keepAlive + " is outside 0 to 65535 s");
        }
    }
}
