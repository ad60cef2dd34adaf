package org.thingconform.reference;

/**
 * Which port of a port base each server of the reference platform listens on, so a
 * reference platform started as its own process ({@code thingconform reference --port-base N})
 * can be reached at ports known in advance.
 */
enum PortLayout {
    /** The MQTT broker, TCP port {@code N}. */
    MQTT(0),
    /** The CoAP device endpoint, UDP port {@code N + 1}. */
    COAP(1),
    /** The HTTP device endpoint, TCP port {@code N + 2}. */
    HTTP_DEVICES(2),
    /** The northbound API and, under {@code /interconnect/v1}, the interconnection API: TCP port {@code N + 3}. */
    NORTHBOUND(3),
    /** The LwM2M server's CoAP endpoint, UDP port {@code N + 4}. */
    LWM2M(4),
    /** The LwM2M server's API, TCP port {@code N + 5}. */
    LWM2M_API(5);

    private final int offset;

    PortLayout(int offset) {
        this.offset = offset;
    }

    int offset() {
        return offset;
    }
}
