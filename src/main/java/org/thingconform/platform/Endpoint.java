package org.thingconform.platform;

/** A host and port the suite connects to. */
public record Endpoint(String host, int port) {

    /** {@code tcp://host:port}, the URI Paho expects. */
    public String tcpUri() {
        return "tcp://" + host + ":" + port;
    }
}
