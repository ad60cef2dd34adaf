package org.thingconform.reference;

import com.hivemq.extension.sdk.api.interceptor.publish.PublishInboundInterceptor;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishInboundInput;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishInboundOutput;
import com.hivemq.extension.sdk.api.packets.publish.PublishPacket;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands every PUBLISH a device sends on an Alink thing topic to the {@link AlinkUplinkHandler},
 * whose replies go to the request's MQTT 5 Response Topic with its Correlation Data when it has
 * them (as the Alink capacity faults let them go); messages the platform consumed are not delivered to other
 * subscribers.
 */
final class AlinkInterceptor implements PublishInboundInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(AlinkInterceptor.class);

    private final AlinkUplinkHandler handler;
    private final HiveMqDownlink broker;
    private final AlinkCapacityFaults capacity;

    AlinkInterceptor(AlinkUplinkHandler handler, HiveMqDownlink broker, AlinkCapacityFaults capacity) {
        this.handler = handler;
        this.broker = broker;
        this.capacity = capacity;
    }

    @Override
    public void onInboundPublish(PublishInboundInput input, PublishInboundOutput output) {
        PublishPacket publish = input.getPublishPacket();
        if (!publish.getTopic().startsWith("/sys/")) {
            return;
        }
        Optional<DeviceKey> sender = input.getConnectionInformation().getConnectionAttributeStore()
                .getAsString(AlinkAuthenticator.DEVICE_ATTRIBUTE).flatMap(DeviceKey::decode);
        if (sender.isEmpty()) {
            return;
        }
        try {
            // an MQTT 5 request names its Response Topic and Correlation Data: the reply honours both
            // (the capacity faults may lose or hold a property post's reply)
            Downlink replies = capacity.replies(broker.replyingTo(publish.getResponseTopic().orElse(null),
                    publish.getCorrelationData().orElse(null)));
            if (handler.handle(sender.get(), publish.getTopic(), bytes(publish.getPayload()), replies)) {
                output.preventPublishDelivery();
            }
        } catch (RuntimeException e) {
            LOG.warn("the Alink handler failed on a message of {} on {}", sender.get(), publish.getTopic(), e);
        }
    }

    private static byte[] bytes(Optional<ByteBuffer> payload) {
        if (payload.isEmpty()) {
            return new byte[0];
        }
        ByteBuffer buffer = payload.get().asReadOnlyBuffer();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
