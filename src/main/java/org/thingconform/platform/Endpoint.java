package org.thingconform.platform;

/** A host and port the suite connects to. */
public record Endpoint(String host, int port) {

    /** {@code tcp://host:port}, the URI Paho expects. */
    public String tcpUri() {
        return "tcp://" + host + ":" + port;
    }

    /** {@code coap://host:port}, the CoAP base URI (IPv6 hosts in brackets). */
    public String coapUri() {
        return "coap://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }
}
