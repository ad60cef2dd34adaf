package org.thingconform.engine.step.mqtt;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttMessageIdVariableHeader;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttProperties;
import io.netty.handler.codec.mqtt.MqttPubReplyMessageVariableHeader;
import io.netty.handler.codec.mqtt.MqttQoS;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.profile.step.MqttPublishStep;
import org.thingconform.protocol.mqtt.raw.PacketDescription;

/**
 * Carries out {@code mqttPublish} and its QoS flow: PUBACK (QoS 1) or PUBREC, PUBREL, PUBCOMP
 * (QoS 2), each acknowledgement checked to carry the PUBLISH's packet id (or only those the step's
 * {@code checkAcks} names). The flow is an acknowledgement check, a means of the clause, except
 * for what the step states: the packet ids {@code checkAcks} names and the reason codes it expects.
 */
public final class MqttPublishExecutor implements StepExecutor<MqttPublishStep> {

    @Override
    public void execute(MqttPublishStep step, ClauseContext context) {
        MqttClients clients = MqttClients.of(context);
        MqttSession session = clients.session(step.client());
        Duration timeout = context.profile().timeouts().reply();
        byte[] payload = step.payloadSize() != null ? "x".repeat(step.payloadSize()).getBytes(StandardCharsets.UTF_8)
                : clients.expand(step.payload()).getBytes(StandardCharsets.UTF_8);
        int packetId = step.qos() > 0 ? session.nextPacketId() : 0;
        var builder = MqttMessageBuilders.publish().topicName(clients.expand(step.topic())).qos(MqttQoS.valueOf(step.qos()))
                .retained(step.retain()).messageId(packetId).payload(Unpooled.wrappedBuffer(payload));
        if (session.v5()) {
            MqttProperties properties = new MqttProperties();
            if (step.messageExpiry() != null) {
                properties.add(new MqttProperties.IntegerProperty(
                        MqttProperties.MqttPropertyType.PUBLICATION_EXPIRY_INTERVAL.value(), step.messageExpiry().intValue()));
            }
            if (step.topicAlias() != null) {
                properties.add(new MqttProperties.IntegerProperty(
                        MqttProperties.MqttPropertyType.TOPIC_ALIAS.value(), step.topicAlias()));
            }
            builder.properties(properties);
        }
        session.client().send(builder.build());
        if (step.expectClosed()) {
            if (!session.awaitClosed(timeout)) {
                throw StepFailure.fail("expected the broker to close the connection after this PUBLISH; it was still "
                        + "open after " + timeout.toMillis() + " ms" + MqttNearMisses.meanwhile(session));
            }
            return;
        }
        if (step.qos() == 1) {
            acknowledgement(step, session, MqttMessageType.PUBACK, packetId, timeout);
        } else if (step.qos() == 2) {
            int code = acknowledgement(step, session, MqttMessageType.PUBREC, packetId, timeout);
            if (code >= 0x80) {
                return; // a refused QoS 2 message ends with the PUBREC
            }
            session.client().send(new MqttMessage(new MqttFixedHeader(MqttMessageType.PUBREL, false,
                    MqttQoS.AT_LEAST_ONCE, false, 0), MqttMessageIdVariableHeader.from(packetId)));
            MqttMessage pubcomp = session.awaitPacket(m -> type(m) == MqttMessageType.PUBCOMP, timeout);
            if (!step.checks("PUBCOMP")) {
                return; // the flow is finished for the broker's sake; this clause does not judge the PUBCOMP
            }
            if (pubcomp == null) {
                throw StepFailure.acknowledgement(flow(step), "expected a PUBCOMP for the PUBREL of packet id "
                        + packetId + "; " + MqttNearMisses.missing(session, timeout));
            }
            int id = ((MqttMessageIdVariableHeader) pubcomp.variableHeader()).messageId();
            if (id != packetId) {
                throw judged(step, !step.checkedAcks().isEmpty(), "expected the PUBCOMP to carry the packet id of the "
                        + "PUBREL (" + packetId + "); observed " + id);
            }
        }
    }

    private static int acknowledgement(MqttPublishStep step, MqttSession session, MqttMessageType type, int packetId,
                                       Duration timeout) {
        MqttMessage ack = session.awaitPacket(m -> type(m) == type, timeout);
        if (ack == null) {
            throw StepFailure.acknowledgement(flow(step), "expected a " + type + " for the QoS " + step.qos()
                    + " PUBLISH with packet id " + packetId + "; " + MqttNearMisses.missing(session, timeout));
        }
        MqttMessageIdVariableHeader header = (MqttMessageIdVariableHeader) ack.variableHeader();
        if (step.checks(type.name()) && header.messageId() != packetId) {
            throw judged(step, !step.checkedAcks().isEmpty(), "expected the " + type + " to carry the packet id of the "
                    + "PUBLISH (" + packetId + "); observed " + type + " packet id " + header.messageId());
        }
        int code = header instanceof MqttPubReplyMessageVariableHeader reply ? reply.reasonCode() & 0xFF : 0;
        boolean allowed = step.reasonCodes().isEmpty() ? code < 0x80 : step.reasonCodes().contains(code);
        if (!allowed) {
            throw judged(step, !step.reasonCodes().isEmpty(), "expected " + type + " reason code "
                    + (step.reasonCodes().isEmpty() ? "below 0x80"
                    : step.reasonCodes().stream().map(PacketDescription::hex).toList()) + "; observed "
                    + PacketDescription.hex(code));
        }
        return code;
    }

    /** The acknowledgements a QoS 1 or 2 PUBLISH is owed, as a means' reason names them. */
    private static String flow(MqttPublishStep step) {
        return step.qos() == 2 ? "the QoS 2 flow of the PUBLISH (PUBREC, PUBREL, PUBCOMP)" : "the PUBACK of the QoS 1 PUBLISH";
    }

    /** A FAIL of what the step states ({@code checkAcks}, {@code expect: {reasonCode}}), else of its acknowledgement. */
    private static StepFailure judged(MqttPublishStep step, boolean stated, String reason) {
        return stated ? StepFailure.fail(reason) : StepFailure.acknowledgement(flow(step), reason);
    }

    private static MqttMessageType type(MqttMessage m) {
        return m.fixedHeader() == null ? null : m.fixedHeader().messageType();
    }
}
