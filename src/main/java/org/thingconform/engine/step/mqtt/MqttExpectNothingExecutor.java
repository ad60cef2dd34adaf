package org.thingconform.engine.step.mqtt;

import io.netty.handler.codec.mqtt.MqttPublishMessage;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.profile.step.MqttExpectNothingStep;
import org.thingconform.protocol.mqtt.raw.PacketDescription;

/** Carries out {@code mqttExpectNothing}: no PUBLISH (on the topic) within the quiet period. */
public final class MqttExpectNothingExecutor implements StepExecutor<MqttExpectNothingStep> {

    @Override
    public void execute(MqttExpectNothingStep step, ClauseContext context) {
        MqttClients clients = MqttClients.of(context);
        MqttSession session = clients.session(step.client());
        String topic = clients.expand(step.topic());
        MqttPublishMessage message = session.awaitPublish(
                m -> topic == null || m.variableHeader().topicName().equals(topic), step.within());
        if (message != null) {
            throw StepFailure.fail("expected no message" + (topic == null ? "" : " on '" + topic + "'") + " within "
                    + step.within().toMillis() + " ms; received a PUBLISH on '" + message.variableHeader().topicName()
                    + "' (QoS " + message.fixedHeader().qosLevel().value() + ", RETAIN "
                    + (message.fixedHeader().isRetain() ? 1 : 0) + ") with payload '" + PacketDescription.payload(message)
                    + "'");
        }
    }
}
