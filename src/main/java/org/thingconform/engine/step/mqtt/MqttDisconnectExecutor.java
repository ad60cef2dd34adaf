package org.thingconform.engine.step.mqtt;

import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.profile.step.MqttDisconnectStep;

/** Carries out {@code mqttDisconnect}: DISCONNECT, then the client closes the connection. */
public final class MqttDisconnectExecutor implements StepExecutor<MqttDisconnectStep> {

    @Override
    public void execute(MqttDisconnectStep step, ClauseContext context) {
        MqttSession session = MqttClients.of(context).session(step.client());
        var builder = MqttMessageBuilders.disconnect();
        if (session.v5() && step.reasonCode() != null) {
            builder.reasonCode(step.reasonCode().byteValue());
        }
        session.client().send(builder.build());
        session.close();
    }
}
