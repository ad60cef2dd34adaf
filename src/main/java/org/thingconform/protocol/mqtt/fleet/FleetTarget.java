package org.thingconform.protocol.mqtt.fleet;

import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * Where a fleet connects: the broker's host and port, the keep-alive its members announce, and TLS when the
 * broker's port is secured. The fleet's own small type, so the adapter does not depend on the platform
 * descriptor's records.
 *
 * @param tls the TLS every member and the observer use, or null for plain TCP
 */
public record FleetTarget(String host, int port, Duration keepAlive, Tls tls) {

    /** A plain TCP target. */
    public FleetTarget(String host, int port, Duration keepAlive) {
        this(host, port, keepAlive, null);
    }

    /** TLS for a fleet: the JDK context (trust, a client certificate if any) and the parameters (protocols, host check). */
    public record Tls(SSLContext context, SSLParameters parameters) {
    }

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
