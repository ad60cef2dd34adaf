package org.thingconform.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hivemq.extension.sdk.api.packets.general.Qos;
import com.hivemq.extension.sdk.api.services.builder.Builders;
import com.hivemq.extension.sdk.api.services.builder.PublishBuilder;
import com.hivemq.extension.sdk.api.services.publish.PublishService;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the platform's messages (replies, downlinks) through HiveMQ's
 * {@link PublishService}, QoS 1. Requests carry an MQTT 5 Response Topic and Correlation Data
 * (the broker leaves them out for MQTT 3.1.1 subscribers); a reply to a device's MQTT 5 request
 * goes to its Response Topic with its Correlation Data. The service becomes available when the
 * embedded extension starts; publishing before that is a programming error.
 */
final class HiveMqDownlink implements Downlink {

    private static final Logger LOG = LoggerFactory.getLogger(HiveMqDownlink.class);

    private final FaultSwitch faults;
    private volatile PublishService service;

    HiveMqDownlink(FaultSwitch faults) {
        this.faults = faults;
    }

    void attach(PublishService publishService) {
        this.service = publishService;
    }

    @Override
    public void publish(String topic, ObjectNode payload) {
        send(message(topic, payload));
    }

    @Override
    public void publishRequest(String topic, ObjectNode payload, String replyTopic) {
        PublishBuilder message = message(topic, payload);
        if (!faults.on(Fault.MQTT5_REQUEST_RESPONSE_IGNORED)) {
            message.responseTopic(replyTopic).correlationData(ByteBuffer.wrap(
                    ("ref-" + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII)));
        }
        send(message);
    }

    /**
     * A {@link Downlink} for the replies to one MQTT 5 request: they go to the request's
     * {@code responseTopic} and echo its {@code correlationData} (either may be null: then the
     * reply's own topic, and no Correlation Data).
     */
    Downlink replyingTo(String responseTopic, ByteBuffer correlationData) {
        return (topic, payload) -> {
            PublishBuilder message = message(responseTopic != null ? responseTopic : topic, payload);
            if (correlationData != null && !faults.on(Fault.MQTT5_REQUEST_RESPONSE_IGNORED)) {
                message.correlationData(correlationData.asReadOnlyBuffer());
            }
            send(message);
        };
    }

    private static PublishBuilder message(String topic, ObjectNode payload) {
        return Builders.publish().topic(topic).qos(Qos.AT_LEAST_ONCE).payload(ByteBuffer.wrap(Json.bytes(payload)));
    }

    private void send(PublishBuilder message) {
        PublishService publishService = service;
        if (publishService == null) {
            throw new IllegalStateException("the broker is not started: cannot publish");
        }
        var publish = message.build();
        publishService.publish(publish).whenComplete((ignored, failure) -> {
            if (failure != null) {
                LOG.warn("publishing to {} failed: {}", publish.getTopic(), failure.toString());
            }
        });
    }
}
