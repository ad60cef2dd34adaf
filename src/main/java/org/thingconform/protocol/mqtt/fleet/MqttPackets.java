package org.thingconform.protocol.mqtt.fleet;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttMessageIdVariableHeader;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttVersion;
import java.nio.charset.StandardCharsets;

/** The few MQTT 3.1.1 packets a fleet sends, built with Netty's codec builders. */
final class MqttPackets {

    private MqttPackets() {
    }

    static MqttConnectMessage connect(FleetMember member, int keepAliveSeconds) {
        MqttMessageBuilders.ConnectBuilder connect = MqttMessageBuilders.connect()
                .protocolVersion(MqttVersion.MQTT_3_1_1)
                .clientId(member.clientId())
                .cleanSession(true)
                .keepAlive(keepAliveSeconds);
        if (member.username() != null) {
            connect.hasUser(true).username(member.username());
        }
        if (member.password() != null) {
            connect.hasPassword(true).password(member.password().getBytes(StandardCharsets.UTF_8));
        }
        return connect.build();
    }

    static MqttPublishMessage publish(String topic, int qos, int packetId, byte[] payload) {
        return MqttMessageBuilders.publish().topicName(topic).qos(MqttQoS.valueOf(qos)).retained(false)
                .messageId(qos == 0 ? 0 : packetId).payload(Unpooled.wrappedBuffer(payload)).build();
    }

    static MqttMessage subscribe(String filter, int qos) {
        return MqttMessageBuilders.subscribe().messageId(1).addSubscription(MqttQoS.valueOf(qos), filter).build();
    }

    static MqttMessage pubAck(int packetId) {
        return new MqttMessage(new MqttFixedHeader(MqttMessageType.PUBACK, false, MqttQoS.AT_MOST_ONCE, false, 2),
                MqttMessageIdVariableHeader.from(packetId));
    }

    static MqttMessage pingReq() {
        return new MqttMessage(new MqttFixedHeader(MqttMessageType.PINGREQ, false, MqttQoS.AT_MOST_ONCE, false, 0));
    }

    static MqttMessage disconnect() {
        return new MqttMessage(new MqttFixedHeader(MqttMessageType.DISCONNECT, false, MqttQoS.AT_MOST_ONCE, false, 0));
    }
}
