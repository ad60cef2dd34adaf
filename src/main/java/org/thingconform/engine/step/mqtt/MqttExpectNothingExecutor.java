package org.thingconform.engine.step.mqtt;

import io.netty.handler.codec.mqtt.MqttPublishMessage;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.profile.step.MqttExpectNothingStep;

/** Carries out {@code mqttExpectNothing}: no PUBLISH (on the topic) within the quiet period; the reason names one that came. */
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
                    + step.within().toMillis() + " ms; received a " + MqttNearMisses.describe(message));
        }
    }
}
