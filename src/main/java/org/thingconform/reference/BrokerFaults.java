package org.thingconform.reference;

import com.hivemq.extension.sdk.api.client.ClientContext;
import com.hivemq.extension.sdk.api.client.parameter.ConnectionInformation;
import com.hivemq.extension.sdk.api.interceptor.connect.ConnectInboundInterceptor;
import com.hivemq.extension.sdk.api.interceptor.disconnect.DisconnectInboundInterceptor;
import com.hivemq.extension.sdk.api.interceptor.publish.PublishInboundInterceptor;
import com.hivemq.extension.sdk.api.interceptor.publish.PublishOutboundInterceptor;
import com.hivemq.extension.sdk.api.interceptor.suback.SubackOutboundInterceptor;
import com.hivemq.extension.sdk.api.interceptor.subscribe.SubscribeInboundInterceptor;
import com.hivemq.extension.sdk.api.packets.connect.WillPublishPacket;
import com.hivemq.extension.sdk.api.packets.disconnect.DisconnectReasonCode;
import com.hivemq.extension.sdk.api.packets.general.Qos;
import com.hivemq.extension.sdk.api.packets.subscribe.SubackReasonCode;
import com.hivemq.extension.sdk.api.services.Services;
import com.hivemq.extension.sdk.api.services.builder.Builders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The broker profile's negative controls: HiveMQ interceptors that, while their {@link Fault}
 * is on, make the embedded broker break one MQTT rule towards plain clients (those that are no
 * Alink device), so the device profiles are not touched. Each is observable on the wire by a
 * plain MQTT client.
 */
final class BrokerFaults {

    private static final long NO_EXPIRY = 0xFFFF_FFFFL;

    private final FaultSwitch faults;
    private final Map<String, WillPublishPacket> wills = new ConcurrentHashMap<>();

    BrokerFaults(FaultSwitch faults) {
        this.faults = faults;
    }

    /** Remembers each plain client's will, for {@link Fault#BROKER_WILL_AFTER_DISCONNECT}. */
    ConnectInboundInterceptor connectInterceptor() {
        return (input, output) -> {
            var connect = input.getConnectPacket();
            connect.getWillPublish().ifPresentOrElse(will -> wills.put(connect.getClientId(), will),
                    () -> wills.remove(connect.getClientId()));
            if (faults.on(Fault.BROKER_DROP_WILL) && connect.getWillPublish().isPresent()) {
                output.getConnectPacket().setWillPublish(null);
            }
            if (faults.on(Fault.BROKER_WILL_RETAIN_INVERTED) && connect.getWillPublish().isPresent()) {
                // built field by field, as the will published after a DISCONNECT below
                WillPublishPacket will = connect.getWillPublish().get();
                var inverted = Builders.willPublish().topic(will.getTopic()).qos(will.getQos())
                        .retain(!will.getRetain()).willDelay(will.getWillDelay());
                will.getPayload().ifPresent(inverted::payload);
                output.getConnectPacket().setWillPublish(inverted.build());
            }
        };
    }

    /** Adds the per-client interceptors of the broker faults. */
    void addTo(ClientContext context) {
        context.addPublishOutboundInterceptor(outbound());
        context.addPublishInboundInterceptor(inbound());
        context.addSubscribeInboundInterceptor(subscribe());
        context.addSubackOutboundInterceptor(suback());
        context.addDisconnectInboundInterceptor(disconnect());
    }

    private PublishOutboundInterceptor outbound() {
        return (input, output) -> {
            if (!plain(input.getConnectionInformation())) {
                return;
            }
            var publish = output.getPublishPacket();
            if (faults.on(Fault.BROKER_DROP_RETAINED_ON_SUBSCRIBE) && publish.getRetain()) {
                output.preventPublishDelivery();
                return;
            }
            if (faults.on(Fault.BROKER_RETAIN_ON_LIVE_FORWARD) && !publish.getRetain()) {
                publish.setRetain(true);
            }
            if (faults.on(Fault.BROKER_EXPIRY_NOT_DECREMENTED)) {
                // HiveMQ reports "no expiry" as the largest interval; only a message that has one is touched
                publish.getMessageExpiryInterval().filter(left -> left < NO_EXPIRY - 3600)
                        .ifPresent(left -> publish.setMessageExpiryInterval(left + 3600));
            }
            if (faults.on(Fault.BROKER_DROP_SUBSCRIPTION_IDENTIFIERS)) {
                publish.setSubscriptionIdentifiers(List.of());
            }
        };
    }

    private PublishInboundInterceptor inbound() {
        return (input, output) -> {
            var publish = input.getPublishPacket();
            if (plain(input.getConnectionInformation()) && faults.on(Fault.BROKER_KEEP_CLEARED_RETAINED)
                    && publish.getRetain() && publish.getPayload().map(p -> !p.hasRemaining()).orElse(true)) {
                output.preventPublishDelivery();
            }
            if (plain(input.getConnectionInformation()) && faults.on(Fault.BROKER_QOS0_RETAIN_IGNORED)
                    && publish.getRetain() && publish.getQos() == com.hivemq.extension.sdk.api.packets.general.Qos.AT_MOST_ONCE) {
                output.getPublishPacket().setRetain(false);
            }
        };
    }

    private SubscribeInboundInterceptor subscribe() {
        return (input, output) -> {
            if (plain(input.getConnectionInformation()) && faults.on(Fault.BROKER_GRANT_QOS2)) {
                output.getSubscribePacket().getSubscriptions().forEach(s -> s.setQos(Qos.EXACTLY_ONCE));
            }
            if (plain(input.getConnectionInformation()) && faults.on(Fault.BROKER_IGNORE_NO_LOCAL)) {
                output.getSubscribePacket().getSubscriptions().forEach(s -> s.setNoLocal(false));
            }
        };
    }

    private SubackOutboundInterceptor suback() {
        return (input, output) -> {
            var suback = output.getSubackPacket();
            if (plain(input.getConnectionInformation()) && faults.on(Fault.BROKER_SUBACK_REVERSED)
                    && suback.getReasonCodes().size() > 1) {
                List<SubackReasonCode> reversed = new ArrayList<>(suback.getReasonCodes());
                Collections.reverse(reversed);
                suback.setReasonCodes(reversed);
            }
        };
    }

    private DisconnectInboundInterceptor disconnect() {
        return (input, output) -> {
            String clientId = input.getClientInformation().getClientId();
            WillPublishPacket will = wills.remove(clientId);
            if (will != null && plain(input.getConnectionInformation()) && faults.on(Fault.BROKER_WILL_AFTER_DISCONNECT)
                    && output.getDisconnectPacket().getReasonCode() == DisconnectReasonCode.NORMAL_DISCONNECTION) {
                // built field by field: fromPublish copies the will's "no expiry", which the builder refuses
                var publish = Builders.publish().topic(will.getTopic()).qos(will.getQos()).retain(will.getRetain());
                will.getPayload().ifPresent(publish::payload);
                Services.publishService().publish(publish.build());
            }
        };
    }

    private static boolean plain(ConnectionInformation connection) {
        return connection.getConnectionAttributeStore().getAsString(AlinkAuthenticator.DEVICE_ATTRIBUTE).isEmpty();
    }
}
