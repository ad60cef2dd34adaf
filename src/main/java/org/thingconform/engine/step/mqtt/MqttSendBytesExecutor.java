package org.thingconform.engine.step.mqtt;

import io.netty.handler.codec.mqtt.MqttVersion;
import java.util.HexFormat;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.profile.step.MqttSendBytesStep;
import org.thingconform.protocol.mqtt.raw.RawMqttClient;
import org.thingconform.protocol.mqtt.raw.RawMqttException;

/** Carries out {@code mqttSendBytes}: opens the client's connection if needed and sends the bytes as they are. */
public final class MqttSendBytesExecutor implements StepExecutor<MqttSendBytesStep> {

    @Override
    public void execute(MqttSendBytesStep step, ClauseContext context) {
        MqttClients clients = MqttClients.of(context);
        MqttSession session = clients.open(step.client());
        if (session == null) {
            try {
                MqttVersion version = "5.0".equals(context.profile().standard().edition()) ? MqttVersion.MQTT_5
                        : MqttVersion.MQTT_3_1_1;
                session = new MqttSession(RawMqttClient.open(step.client(), context.platform().mqtt(), context.trace(),
                        context.profile().timeouts().reply()), version);
            } catch (RawMqttException e) {
                throw StepFailure.inconclusive(e.getMessage());
            }
            clients.put(step.client(), session);
        }
        if (!session.client().sendBytes(HexFormat.of().parseHex(step.hex()), "raw bytes from " + step.location())) {
            throw StepFailure.fail("could not send the bytes: the broker had already closed the connection");
        }
    }
}
