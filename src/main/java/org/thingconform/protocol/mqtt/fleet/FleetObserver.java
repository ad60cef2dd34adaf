package org.thingconform.protocol.mqtt.fleet;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttSubAckMessage;
import java.util.concurrent.CompletableFuture;

/**
 * The subscriber that sees a fleet's messages arrive: connects, subscribes to the fleet's topic
 * filter (ready once the SUBACK grants it), and hands every PUBLISH to the {@link FleetMeter} with
 * its arrival time, acknowledging QoS 1. One connection, so its meter calls come from one thread.
 */
final class FleetObserver extends SimpleChannelInboundHandler<MqttMessage> {

    private final FleetMember identity;
    private final String filter;
    private final int qos;
    private final int keepAliveSeconds;
    private final FleetPayloads payloads;
    private final FleetMeter meter;
    private final CompletableFuture<Void> subscribed = new CompletableFuture<>();

    FleetObserver(FleetMember identity, String filter, int qos, int keepAliveSeconds, FleetPayloads payloads,
                  FleetMeter meter) {
        super(MqttMessage.class);
        this.identity = identity;
        this.filter = filter;
        this.qos = qos;
        this.keepAliveSeconds = keepAliveSeconds;
        this.payloads = payloads;
        this.meter = meter;
    }

    /** Completes when the broker granted the subscription; fails with the reason otherwise. */
    CompletableFuture<Void> subscribed() {
        return subscribed;
    }

    /** The observer's connection could not be opened: {@code reason} says why. */
    void failed(String reason) {
        subscribed.completeExceptionally(new FleetException(reason));
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ctx.writeAndFlush(MqttPackets.connect(identity, keepAliveSeconds));
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, MqttMessage message) {
        long now = System.nanoTime();
        if (message.decoderResult().isFailure()) {
            meter.error("undecodable packet from the broker");
            return;
        }
        MqttMessageType type = message.fixedHeader().messageType();
        switch (type) {
            case PUBLISH -> received(ctx, (MqttPublishMessage) message, now);
            case CONNACK -> {
                MqttConnectReturnCode code = ((MqttConnAckMessage) message).variableHeader().connectReturnCode();
                if (code == MqttConnectReturnCode.CONNECTION_ACCEPTED) {
                    ctx.writeAndFlush(MqttPackets.subscribe(filter, qos));
                } else {
                    subscribed.completeExceptionally(new FleetException("the observer's CONNECT was refused: " + code));
                }
            }
            case SUBACK -> {
                int granted = ((MqttSubAckMessage) message).payload().grantedQoSLevels().get(0);
                if (granted > 2) {
                    subscribed.completeExceptionally(new FleetException("the broker refused the observer's "
                            + "subscription to " + filter));
                } else {
                    subscribed.complete(null);
                }
            }
            default -> {
                // PINGRESP and the like: nothing to count
            }
        }
    }

    private void received(ChannelHandlerContext ctx, MqttPublishMessage publish, long now) {
        byte[] payload = ByteBufUtil.getBytes(publish.payload());
        payloads.decode(publish.variableHeader().topicName(), payload)
                .ifPresent(key -> meter.received(key.member(), key.sequence(), now));
        if (publish.fixedHeader().qosLevel().value() == 1) {
            ctx.writeAndFlush(MqttPackets.pubAck(publish.variableHeader().packetId()));
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        subscribed.completeExceptionally(new FleetException("the broker closed the observer's connection"));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        meter.error("observer: " + FleetErrors.kind(cause));
        ctx.close();
    }
}
