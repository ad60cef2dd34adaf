package org.thingconform.engine.step.mqtt;

import java.time.Duration;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.profile.step.MqttExpectClosedStep;

/** Carries out {@code mqttExpectClosed}: the broker must close the connection in time. */
public final class MqttExpectClosedExecutor implements StepExecutor<MqttExpectClosedStep> {

    @Override
    public void execute(MqttExpectClosedStep step, ClauseContext context) {
        MqttSession session = MqttClients.of(context).session(step.client());
        Duration within = step.within() != null ? step.within() : context.profile().timeouts().reply();
        if (!session.awaitClosed(within)) {
            MqttClients.requireMqttSpoken(context, session, within);
            throw StepFailure.fail("expected the broker to close the connection; it was still open after "
                    + within.toMillis() + " ms" + MqttNearMisses.meanwhile(session));
        }
        MqttClients.requireMqttSpoken(context, session, within);
    }
}
