package org.thingconform.protocol;

import java.time.Instant;

/**
 * A message the transport received: an MQTT PUBLISH, a CoAP response or notification, an
 * HTTP response or polled command. Topic (or resource path), payload text, QoS, retain flag,
 * packet id and arrival time; for request/response protocols also the response code and
 * message type a binding check looks at.
 *
 * @param responseCode the CoAP response code ({@code 2.04}) or HTTP status ({@code 200}); null for MQTT
 * @param messageType  the CoAP message type ({@code ACK}, {@code CON}, {@code NON}, {@code RST}); null otherwise
 * @param responseTopic   the MQTT 5 Response Topic the message asks its answer on, or null
 * @param correlationData the MQTT 5 Correlation Data it carries ({@link RequestResponse#text}), or null
 */
public record ReceivedMessage(String topic, String payload, int qos, boolean retained, int packetId, Instant time,
                              String responseCode, String messageType, String responseTopic, String correlationData) {

    /** A response of a request/response protocol (CoAP, HTTP). */
    public ReceivedMessage(String topic, String payload, int qos, boolean retained, int packetId, Instant time,
                           String responseCode, String messageType) {
        this(topic, payload, qos, retained, packetId, time, responseCode, messageType, null, null);
    }

    /** A message without response code or message type (MQTT 3.1.1). */
    public ReceivedMessage(String topic, String payload, int qos, boolean retained, int packetId, Instant time) {
        this(topic, payload, qos, retained, packetId, time, null, null, null, null);
    }
}
