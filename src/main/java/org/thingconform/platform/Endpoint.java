package org.thingconform.platform;

import org.thingconform.protocol.tls.TlsSettings;

/**
 * A host and port the suite connects to, on any host, and how the connection is secured:
 * {@code tls} is null for a plain connection, else TLS (TCP) or DTLS (UDP) settings.
 */
public record Endpoint(String host, int port, TlsSettings tls) {

    /** A plain (unsecured) endpoint. */
    public Endpoint(String host, int port) {
        this(host, port, null);
    }

    /** Whether the connection is secured with TLS or DTLS. */
    public boolean secure() {
        return tls != null;
    }

    /** {@code tcp://host:port} or, secured, {@code ssl://host:port}: the URI Paho expects. */
    public String tcpUri() {
        return (secure() ? "ssl://" : "tcp://") + bracketed() + ":" + port;
    }

    /** {@code coap://host:port} or, secured, {@code coaps://host:port} (IPv6 hosts in brackets). */
    public String coapUri() {
        return (secure() ? "coaps://" : "coap://") + bracketed() + ":" + port;
    }

    /** The host, in brackets when it is an IPv6 address. */
    public String bracketed() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
