package org.thingconform.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How the platform's Alink logic sends a message to devices. The HiveMQ implementation
 * publishes through the broker; keeping it an interface leaves the Alink logic free of
 * broker classes.
 */
@FunctionalInterface
interface Downlink {

    void publish(String topic, ObjectNode payload);

    /**
     * Publishes a request the device answers on {@code replyTopic}. Over MQTT 5 the request names that
     * topic as its Response Topic, with Correlation Data; elsewhere it is a plain {@link #publish}.
     */
    default void publishRequest(String topic, ObjectNode payload, String replyTopic) {
        publish(topic, payload);
    }
}
