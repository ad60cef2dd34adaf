package org.thingconform.engine.step.mqtt;

import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttProperties;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttVersion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.engine.step.StepExecutor;
import org.thingconform.platform.MqttAccount;
import org.thingconform.profile.step.MqttConnectStep;
import org.thingconform.protocol.mqtt.raw.PacketDescription;
import org.thingconform.protocol.mqtt.raw.RawMqttClient;
import org.thingconform.protocol.mqtt.raw.RawMqttException;

/**
 * Carries out {@code mqttConnect}: a CONNECT on a new connection, or a second one on an open connection.
 * The CONNACK's arrival, and its acceptance where the step states no {@code expect}, are an
 * acknowledgement check (a means of the clause unless the step is its subject).
 */
public final class MqttConnectExecutor implements StepExecutor<MqttConnectStep> {

    private static final String CONNACK = "the CONNACK of the CONNECT";

    @Override
    public void execute(MqttConnectStep step, ClauseContext context) {
        MqttClients clients = MqttClients.of(context);
        MqttVersion version = version(step, context);
        Duration timeout = context.profile().timeouts().reply();
        MqttSession session = clients.open(step.client());
        boolean second = session != null;
        if (!second) {
            try {
                session = new MqttSession(RawMqttClient.open(step.client(), context.platform().mqtt(), context.trace(),
                        timeout), version);
            } catch (RawMqttException e) {
                throw StepFailure.inconclusive(e.getMessage());
            }
            MqttSession earlier = clients.put(step.client(), session);
            if (earlier != null && !step.cleanStart()) {
                session.resume(earlier); // the broker keeps the session's subscriptions, and so what it granted them
            }
        }
        session.client().send(connect(step, context, clients, version));
        switch (step.outcome()) {
            case CLOSED -> {
                if (!session.awaitClosed(timeout)) {
                    MqttClients.requireMqttSpoken(context, session, timeout);
                    throw StepFailure.fail("expected the broker to close the connection after this "
                            + (second ? "second " : "") + "CONNECT; it was still open after " + timeout.toMillis() + " ms"
                            + MqttNearMisses.meanwhile(session));
                }
                MqttClients.requireMqttSpoken(context, session, timeout);
            }
            case REFUSED -> {
                MqttConnAckMessage connack = awaitConnack(session, timeout);
                if (connack == null) {
                    MqttClients.requireMqttSpoken(context, session, timeout);
                }
                if (connack == null && !session.client().isClosed()) {
                    throw StepFailure.fail("expected the CONNECT to be refused (a CONNACK with a non-zero code, or a "
                            + "close); got neither within " + timeout.toMillis() + " ms" + MqttNearMisses.meanwhile(session));
                }
                if (connack != null && connack.variableHeader().connectReturnCode().byteValue() == 0) {
                    throw StepFailure.fail("expected the CONNECT to be refused; observed CONNACK 0x00 (accepted)");
                }
                if (step.sessionPresent() != null && connack == null) {
                    MqttClients.note(context.trace(), step.client(), "refused without CONNACK", "the broker closed the "
                            + "connection without a CONNACK, so there is no session-present flag to judge");
                } else if (step.sessionPresent() != null
                        && connack.variableHeader().isSessionPresent() != step.sessionPresent()) {
                    throw StepFailure.fail("expected session present = " + step.sessionPresent() + " on the refusing "
                            + "CONNACK; observed " + connack.variableHeader().isSessionPresent() + " (CONNACK "
                            + PacketDescription.hex(connack.variableHeader().connectReturnCode().byteValue() & 0xFF) + ")");
                }
            }
            default -> {
                MqttConnAckMessage connack = awaitConnack(session, timeout);
                if (connack == null) {
                    MqttClients.requireMqttSpoken(context, session, timeout);
                }
                checkConnack(step, session, connack, timeout);
            }
        }
    }

    private static void checkConnack(MqttConnectStep step, MqttSession session, MqttConnAckMessage connack,
                                     Duration timeout) {
        if (connack == null) {
            throw StepFailure.acknowledgement(CONNACK, "expected a CONNACK with code " + codes(step) + "; "
                    + MqttNearMisses.missing(session, timeout));
        }
        int code = connack.variableHeader().connectReturnCode().byteValue() & 0xFF;
        if (!step.reasonCodes().contains(code)) {
            String reason = "expected a CONNACK with code " + codes(step) + "; observed CONNACK "
                    + PacketDescription.hex(code) + " " + connack.variableHeader().connectReturnCode();
            throw step.expectStated() ? StepFailure.fail(reason) : StepFailure.acknowledgement(CONNACK, reason);
        }
        if (step.sessionPresent() != null && connack.variableHeader().isSessionPresent() != step.sessionPresent()) {
            throw StepFailure.fail("expected CONNACK session present = " + step.sessionPresent() + "; observed "
                    + connack.variableHeader().isSessionPresent() + " (CONNACK " + PacketDescription.hex(code) + ")");
        }
    }

    private static String codes(MqttConnectStep step) {
        return step.reasonCodes().stream().map(PacketDescription::hex).toList().toString();
    }

    private static MqttConnAckMessage awaitConnack(MqttSession session, Duration timeout) {
        return (MqttConnAckMessage) session.awaitPacket(m -> m instanceof MqttConnAckMessage, timeout);
    }

    private static MqttVersion version(MqttConnectStep step, ClauseContext context) {
        String version = step.version() != null ? step.version() : context.profile().standard().edition();
        return switch (version) {
            case "3.1.1" -> MqttVersion.MQTT_3_1_1;
            case "5.0" -> MqttVersion.MQTT_5;
            default -> throw StepFailure.error("mqttConnect needs 'version' (3.1.1 or 5.0): the profile's edition '"
                    + version + "' is no MQTT version");
        };
    }

    private static io.netty.handler.codec.mqtt.MqttConnectMessage connect(MqttConnectStep step, ClauseContext context,
                                                                       MqttClients clients, MqttVersion version) {
        String clientId = step.clientId() != null ? clients.expand(step.clientId()) : clients.expand("tc-{run}-" + step.client());
        var builder = MqttMessageBuilders.connect().clientId(clientId).protocolVersion(version)
                .cleanSession(step.cleanStart()).keepAlive(step.keepAlive() != null ? step.keepAlive() : 60);
        if (version == MqttVersion.MQTT_5) {
            MqttProperties properties = new MqttProperties();
            if (step.sessionExpiry() != null) {
                properties.add(new MqttProperties.IntegerProperty(
                        MqttProperties.MqttPropertyType.SESSION_EXPIRY_INTERVAL.value(), step.sessionExpiry().intValue()));
            }
            if (step.maximumPacketSize() != null) {
                properties.add(new MqttProperties.IntegerProperty(
                        MqttProperties.MqttPropertyType.MAXIMUM_PACKET_SIZE.value(), step.maximumPacketSize()));
            }
            if (step.topicAliasMaximum() != null) {
                properties.add(new MqttProperties.IntegerProperty(
                        MqttProperties.MqttPropertyType.TOPIC_ALIAS_MAXIMUM.value(), step.topicAliasMaximum()));
            }
            builder.properties(properties);
        }
        if (step.will() != null) {
            builder.willFlag(true).willTopic(clients.expand(step.will().topic()))
                    .willMessage(clients.expand(step.will().payload()).getBytes(StandardCharsets.UTF_8))
                    .willQoS(MqttQoS.valueOf(step.will().qos())).willRetain(step.will().retain());
            if (version == MqttVersion.MQTT_5 && step.will().delayInterval() != null) {
                MqttProperties willProperties = new MqttProperties();
                willProperties.add(new MqttProperties.IntegerProperty(
                        MqttProperties.MqttPropertyType.WILL_DELAY_INTERVAL.value(), step.will().delayInterval().intValue()));
                builder.willProperties(willProperties);
            }
        }
        MqttAccount account = context.platform().mqttAccount();
        switch (step.credentials()) {
            case "account" -> {
                if (account != null) {
                    builder.hasUser(true).username(account.username()).hasPassword(true)
                            .password(account.password().reveal().getBytes(StandardCharsets.UTF_8));
                }
            }
            case "wrong" -> {
                if (account == null) {
                    throw StepFailure.notApplicable("not applicable: the broker takes clients without credentials (the "
                            + "platform descriptor gives no mqtt.username / mqtt.password), so a wrong password cannot "
                            + "be tried");
                }
                builder.hasUser(true).username(account.username()).hasPassword(true)
                        .password(("wrong-" + account.password().reveal()).getBytes(StandardCharsets.UTF_8));
            }
            default -> {
            }
        }
        return builder.build();
    }
}
