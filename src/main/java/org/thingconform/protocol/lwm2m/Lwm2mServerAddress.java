package org.thingconform.protocol.lwm2m;

import java.util.Objects;

/**
 * Where the LwM2M server under test listens and how the client secures the link: what a
 * platform descriptor names as its LwM2M endpoint, on any host.
 *
 * @param host     host name or address of the server
 * @param port     its UDP port (5683 for plain CoAP by convention)
 * @param security the security mode; {@link Lwm2mSecurity.NoSec} for plain CoAP
 */
public record Lwm2mServerAddress(String host, int port, Lwm2mSecurity security) {

    public Lwm2mServerAddress {
        Objects.requireNonNull(host, "LwM2M server host");
        Objects.requireNonNull(security, "LwM2M security mode");
        if (host.isBlank()) {
            throw new IllegalArgumentException("LwM2M server host is blank; expected a host name or address");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("LwM2M server port " + port + " out of range; expected 1..65535");
        }
    }

    /** A plain CoAP (NoSec) server address. */
    public static Lwm2mServerAddress plain(String host, int port) {
        return new Lwm2mServerAddress(host, port, new Lwm2mSecurity.NoSec());
    }

    /** The base URI, e.g. {@code coap://lwm2m.example.com:5683}, IPv6 literals bracketed. */
    public String uri() {
        String shownHost = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return security.scheme() + "://" + shownHost + ":" + port;
    }
}
