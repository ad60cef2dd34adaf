package org.thingconform.engine.step.mqtt;

import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.profile.step.MqttDisconnectStep;

/**
 * Carries out {@code mqttDisconnect}: DISCONNECT, then the client ends the connection the careful way
 * (it stops sending and lets the broker close first, waiting at most {@value #BROKER_CLOSE_MS} ms or the
 * reply timeout), so a will that must not be published is never published because of the suite's own
 * abrupt close.
 */
public final class MqttDisconnectExecutor implements StepExecutor<MqttDisconnectStep> {

    /** The longest wait for the broker to close after the DISCONNECT (it SHOULD close at once). */
    static final long BROKER_CLOSE_MS = 1000;

    @Override
    public void execute(MqttDisconnectStep step, ClauseContext context) {
        MqttSession session = MqttClients.of(context).session(step.client());
        var builder = MqttMessageBuilders.disconnect();
        if (session.v5() && step.reasonCode() != null) {
            builder.reasonCode(step.reasonCode().byteValue());
        }
        session.client().send(builder.build());
        java.time.Duration reply = context.profile().timeouts().reply();
        session.closeAfterDisconnect(reply.toMillis() < BROKER_CLOSE_MS ? reply : java.time.Duration.ofMillis(BROKER_CLOSE_MS));
    }
}
