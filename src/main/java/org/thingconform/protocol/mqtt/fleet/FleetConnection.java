package org.thingconform.protocol.mqtt.fleet;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttSubAckMessage;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One member of a fleet on its connection: CONNECT on open, then from the CONNACK a PUBLISH every
 * period until the fleet's end, a PINGREQ when publishing alone would not keep the connection
 * alive, and every outcome counted in the {@link FleetMeter}. A member with a reply topic (a device
 * whose platform answers each message) subscribes to it first and publishes from the SUBACK on; each
 * answer to one of its own messages counts as that message delivered, timed from its send, or, when it
 * refuses the message, as an error. Runs on its channel's event loop.
 */
final class FleetConnection extends SimpleChannelInboundHandler<MqttMessage> {

    private final int index;
    private final FleetMember member;
    private final FleetLoad load;
    private final FleetPayloads payloads;
    private final FleetMeter meter;
    private final FleetClock clock;
    private final int keepAliveSeconds;
    private long sequence;
    private boolean connected;
    private boolean settled;
    private ScheduledFuture<?> publishing;
    private ScheduledFuture<?> pinging;

    FleetConnection(int index, FleetMember member, FleetLoad load, FleetPayloads payloads, FleetMeter meter,
                    FleetClock clock, int keepAliveSeconds) {
        super(MqttMessage.class);
        this.index = index;
        this.member = member;
        this.load = load;
        this.payloads = payloads;
        this.meter = meter;
        this.clock = clock;
        this.keepAliveSeconds = keepAliveSeconds;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ctx.writeAndFlush(MqttPackets.connect(member, keepAliveSeconds));
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, MqttMessage message) {
        if (message.decoderResult().isFailure()) {
            meter.error("undecodable packet from the broker");
            ctx.close();
            return;
        }
        MqttMessageType type = message.fixedHeader().messageType();
        if (type == MqttMessageType.CONNACK) {
            connAck(ctx, (MqttConnAckMessage) message);
        } else if (type == MqttMessageType.PUBACK) {
            meter.acknowledged();
        } else if (type == MqttMessageType.SUBACK) {
            subAck(ctx, (MqttSubAckMessage) message);
        } else if (type == MqttMessageType.PUBLISH) {
            answered(ctx, (MqttPublishMessage) message, System.nanoTime());
        }
    }

    private void connAck(ChannelHandlerContext ctx, MqttConnAckMessage ack) {
        MqttConnectReturnCode code = ack.variableHeader().connectReturnCode();
        settle();
        if (code != MqttConnectReturnCode.CONNECTION_ACCEPTED) {
            meter.error("CONNACK " + code);
            ctx.close();
            return;
        }
        connected = true;
        meter.connected();
        clock.memberConnected();
        if (member.replyTopic() != null) {
            ctx.writeAndFlush(MqttPackets.subscribe(member.replyTopic(), load.qos()));
        } else {
            startPublishing(ctx);
        }
    }

    private void subAck(ChannelHandlerContext ctx, MqttSubAckMessage ack) {
        if (ack.payload().grantedQoSLevels().isEmpty() || ack.payload().grantedQoSLevels().get(0) > 2) {
            meter.error("reply topic not granted (SUBACK refused)");
            ctx.close();
            return;
        }
        startPublishing(ctx);
    }

    /**
     * An answer on the member's reply topic. Only an answer to a message this member sent counts: a refusal as an
     * error of its kind, any other answer as its message's delivery. Anything else on the topic (an answer a platform
     * sent late to an earlier fleet of the same devices, an id never sent) is not this fleet's and is passed over, as
     * the observer passes over what is not the fleet's; a platform echoing wrong ids so delivers nothing.
     */
    private void answered(ChannelHandlerContext ctx, MqttPublishMessage publish, long now) {
        String topic = publish.variableHeader().topicName();
        byte[] payload = ByteBufUtil.getBytes(publish.payload());
        if (publish.fixedHeader().qosLevel().value() == 1) {
            ctx.writeAndFlush(MqttPackets.pubAck(publish.variableHeader().packetId()));
        }
        Optional<FleetPayloads.Key> key = payloads.decode(topic, payload);
        if (key.isEmpty() || key.get().member() != index || key.get().sequence() >= sequence) {
            return;
        }
        Optional<String> refusal = payloads.refusal(topic, payload);
        if (refusal.isPresent()) {
            meter.refused(refusal.get());
        } else {
            meter.received(index, key.get().sequence(), now);
        }
    }

    private void startPublishing(ChannelHandlerContext ctx) {
        long periodNanos = load.messagesPerSecond() > 0 ? (long) (1e9 / load.messagesPerSecond()) : Long.MAX_VALUE;
        if (periodNanos != Long.MAX_VALUE) {
            publishing = ctx.executor().scheduleAtFixedRate(() -> publish(ctx), 0, periodNanos, TimeUnit.NANOSECONDS);
        }
        long keepAliveNanos = TimeUnit.SECONDS.toNanos(keepAliveSeconds);
        if (keepAliveSeconds > 0 && periodNanos > keepAliveNanos / 2) {
            pinging = ctx.executor().scheduleAtFixedRate(() -> ctx.writeAndFlush(MqttPackets.pingReq()),
                    keepAliveNanos / 2, keepAliveNanos / 2, TimeUnit.NANOSECONDS);
        }
    }

    private void publish(ChannelHandlerContext ctx) {
        long now = System.nanoTime();
        if (clock.publishingOver(now)) {
            publishing.cancel(false);
            return;
        }
        if (!ctx.channel().isWritable()) {
            meter.error("not sent: the connection's send buffer was full");
            return;
        }
        long next = sequence++;
        meter.sent(index, next, now);
        ctx.writeAndFlush(MqttPackets.publish(member.topic(), load.qos(), (int) (next % 65_535) + 1,
                payloads.encode(index, next)));
    }

    private void settle() {
        if (!settled) {
            settled = true;
            clock.settled();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (!settled && !clock.stopping()) {
            meter.error("closed before its CONNACK");
        }
        settle();
        cancel(publishing);
        cancel(pinging);
        if (connected) {
            meter.disconnected();
            if (!clock.stopping()) {
                meter.error("connection lost");
            }
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        meter.error(FleetErrors.kind(cause));
        ctx.close();
    }

    private static void cancel(ScheduledFuture<?> task) {
        if (task != null) {
            task.cancel(false);
        }
    }
}
