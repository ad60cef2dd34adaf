package org.thingconform.engine.step.mqtt;

import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.profile.step.MqttDropStep;

/** Carries out {@code mqttDrop}: the TCP connection closes without DISCONNECT (an abnormal close). */
public final class MqttDropExecutor implements StepExecutor<MqttDropStep> {

    @Override
    public void execute(MqttDropStep step, ClauseContext context) {
        MqttClients.of(context).session(step.client()).close();
    }
}
