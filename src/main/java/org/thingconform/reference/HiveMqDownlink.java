package org.thingconform.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hivemq.extension.sdk.api.packets.general.Qos;
import com.hivemq.extension.sdk.api.services.builder.Builders;
import com.hivemq.extension.sdk.api.services.publish.PublishService;
import java.nio.ByteBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the platform's messages (replies, downlinks) through HiveMQ's
 * {@link PublishService}, QoS 1. The service becomes available when the embedded
 * extension starts; publishing before that is a programming error.
 */
final class HiveMqDownlink implements Downlink {

    private static final Logger LOG = LoggerFactory.getLogger(HiveMqDownlink.class);

    private volatile PublishService service;

    void attach(PublishService publishService) {
        this.service = publishService;
    }

    @Override
    public void publish(String topic, ObjectNode payload) {
        PublishService publishService = service;
        if (publishService == null) {
            throw new IllegalStateException("the broker is not started: cannot publish to " + topic);
        }
        publishService.publish(Builders.publish()
                        .topic(topic)
                        .qos(Qos.AT_LEAST_ONCE)
                        .payload(ByteBuffer.wrap(Json.bytes(payload)))
                        .build())
                .whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        LOG.warn("publishing to {} failed: {}", topic, failure.toString());
                    }
                });
    }
}
