package org.thingconform.engine.step.mqtt;

import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttProperties;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttSubAckMessage;
import io.netty.handler.codec.mqtt.MqttSubscriptionOption;
import java.time.Duration;
import java.util.List;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.profile.step.MqttSubscribeStep;
import org.thingconform.protocol.mqtt.raw.PacketDescription;

/**
 * Carries out {@code mqttSubscribe}: the SUBACK must carry the SUBSCRIBE's packet id and one
 * code per filter, in order, each one the step allows. The SUBACK's arrival, packet id and
 * number of codes are an acknowledgement check (a means of the clause unless the step is its
 * subject); the codes the step expects, or a rejection, are what the step states.
 */
public final class MqttSubscribeExecutor implements StepExecutor<MqttSubscribeStep> {

    private static final String SUBACK = "the SUBACK of the SUBSCRIBE";

    @Override
    public void execute(MqttSubscribeStep step, ClauseContext context) {
        MqttClients clients = MqttClients.of(context);
        MqttSession session = clients.session(step.client());
        Duration timeout = context.profile().timeouts().reply();
        int packetId = session.nextPacketId();
        var builder = MqttMessageBuilders.subscribe().messageId(packetId);
        for (MqttSubscribeStep.Subscription s : step.subscriptions()) {
            builder.addSubscription(clients.expand(s.filter()), new MqttSubscriptionOption(MqttQoS.valueOf(s.qos()),
                    s.noLocal(), false, MqttSubscriptionOption.RetainedHandlingPolicy.SEND_AT_SUBSCRIBE));
        }
        if (step.subscriptionId() != null && session.v5()) {
            MqttProperties properties = new MqttProperties();
            properties.add(new MqttProperties.IntegerProperty(
                    MqttProperties.MqttPropertyType.SUBSCRIPTION_IDENTIFIER.value(), step.subscriptionId()));
            builder.properties(properties);
        }
        session.client().send(builder.build());
        // an answer of another acknowledgement type fails at once, rather than after the timeout
        MqttMessage answer = session.awaitPacket(m -> m instanceof MqttSubAckMessage
                || m.fixedHeader().messageType() == MqttMessageType.UNSUBACK, timeout);
        if (answer != null && !(answer instanceof MqttSubAckMessage)) {
            throw StepFailure.acknowledgement(SUBACK, "expected a SUBACK for packet id " + packetId + "; observed "
                    + PacketDescription.kind(answer) + " " + PacketDescription.attributes(answer));
        }
        MqttSubAckMessage suback = (MqttSubAckMessage) answer;
        if (step.expectRejected()) {
            rejected(step, context, session, suback, timeout);
            return;
        }
        if (suback == null) {
            throw StepFailure.acknowledgement(SUBACK, "expected a SUBACK for packet id " + packetId + "; "
                    + MqttNearMisses.missing(session, timeout));
        }
        int ackId = suback.idAndPropertiesVariableHeader().messageId();
        if (ackId != packetId) {
            throw StepFailure.acknowledgement(SUBACK, "expected the SUBACK to carry the packet id of the SUBSCRIBE it "
                    + "acknowledges (" + packetId
                    + "); observed SUBACK packet id " + ackId);
        }
        List<Integer> codes = suback.payload().reasonCodes();
        if (codes.size() != step.subscriptions().size()) {
            throw StepFailure.acknowledgement(SUBACK, "expected the SUBACK to carry one code per topic filter of the "
                    + "SUBSCRIBE ("
                    + step.subscriptions().size() + "); observed " + codes.size() + ": " + hex(codes));
        }
        for (int i = 0; i < step.codes().size(); i++) {
            if (!step.codes().get(i).contains(codes.get(i))) {
                throw StepFailure.fail("expected SUBACK code " + hex(step.codes().get(i)) + " for filter '"
                        + clients.expand(step.subscriptions().get(i).filter()) + "' (position " + (i + 1)
                        + "); observed " + PacketDescription.hex(codes.get(i)) + " in SUBACK " + hex(codes));
            }
        }
        for (int i = 0; i < codes.size(); i++) {
            session.granted(clients.expand(step.subscriptions().get(i).filter()), codes.get(i));
        }
    }

    private static void rejected(MqttSubscribeStep step, ClauseContext context, MqttSession session,
                                 MqttSubAckMessage suback, Duration timeout) {
        if (suback == null && session.client().isClosed()) {
            MqttClients.note(context.trace(), step.client(), "closed", "the broker closed the connection on the SUBSCRIBE");
            return;
        }
        if (suback == null) {
            throw StepFailure.fail("expected the SUBSCRIBE to be rejected (SUBACK failure codes or a close); got neither "
                    + "within " + timeout.toMillis() + " ms" + MqttNearMisses.meanwhile(session));
        }
        List<Integer> codes = suback.payload().reasonCodes();
        if (codes.isEmpty() || codes.stream().anyMatch(c -> c < 0x80)) {
            throw StepFailure.fail("expected the SUBSCRIBE to be rejected (a failure code 0x80 or more for each filter, "
                    + "or a close); observed SUBACK " + hex(codes));
        }
        MqttClients.note(context.trace(), step.client(), "failure codes", "SUBACK " + hex(codes));
    }

    private static String hex(List<Integer> codes) {
        return codes.stream().map(PacketDescription::hex).toList().toString();
    }
}
