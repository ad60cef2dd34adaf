package org.thingconform.protocol.mqtt.raw;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageIdVariableHeader;
import io.netty.handler.codec.mqtt.MqttProperties;
import io.netty.handler.codec.mqtt.MqttPubReplyMessageVariableHeader;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttReasonCodeAndPropertiesVariableHeader;
import io.netty.handler.codec.mqtt.MqttSubAckMessage;
import io.netty.handler.codec.mqtt.MqttSubscribeMessage;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.thingconform.platform.Secret;

/**
 * How a packet reads in the trace: its type, the header fields clauses are about (packet id,
 * QoS, RETAIN, DUP, topic, reason codes, session present, properties) and its payload. A
 * CONNECT's password is always shown as {@value Secret#MASK}.
 */
public final class PacketDescription {

    private PacketDescription() {
    }

    /** The packet type, e.g. {@code PUBLISH}, or {@code MALFORMED} when the codec could not decode it. */
    public static String kind(MqttMessage message) {
        if (message.decoderResult() != null && message.decoderResult().isFailure()) {
            return "MALFORMED";
        }
        return message.fixedHeader() == null ? "UNKNOWN" : message.fixedHeader().messageType().name();
    }

    public static Map<String, String> attributes(MqttMessage message) {
        Map<String, String> a = new LinkedHashMap<>();
        if (message.decoderResult() != null && message.decoderResult().isFailure()) {
            a.put("error", String.valueOf(message.decoderResult().cause()));
            return a;
        }
        if (message.fixedHeader() == null) {
            return a;
        }
        if (message instanceof MqttConnectMessage connect) {
            a.put("protocolLevel", String.valueOf(connect.variableHeader().version()));
            a.put("clientId", connect.payload().clientIdentifier());
            a.put("cleanStart", String.valueOf(connect.variableHeader().isCleanSession()));
            if (connect.variableHeader().hasUserName()) {
                a.put("username", connect.payload().userName());
            }
            if (connect.variableHeader().hasPassword()) {
                a.put("password", Secret.MASK);
            }
            if (connect.variableHeader().isWillFlag()) {
                a.put("willTopic", connect.payload().willTopic());
                a.put("willQos", String.valueOf(connect.variableHeader().willQos()));
                a.put("willRetain", String.valueOf(connect.variableHeader().isWillRetain()));
            }
            properties(a, connect.variableHeader().properties());
            return a;
        }
        if (message instanceof MqttConnAckMessage connack) {
            a.put("reasonCode", hex(connack.variableHeader().connectReturnCode().byteValue()));
            a.put("sessionPresent", String.valueOf(connack.variableHeader().isSessionPresent()));
            properties(a, connack.variableHeader().properties());
            return a;
        }
        if (message instanceof MqttPublishMessage publish) {
            a.put("topic", publish.variableHeader().topicName());
            a.put("qos", String.valueOf(publish.fixedHeader().qosLevel().value()));
            a.put("retain", String.valueOf(publish.fixedHeader().isRetain()));
            a.put("dup", String.valueOf(publish.fixedHeader().isDup()));
            if (publish.fixedHeader().qosLevel().value() > 0) {
                a.put("packetId", String.valueOf(publish.variableHeader().packetId()));
            }
            properties(a, publish.variableHeader().properties());
            return a;
        }
        if (message instanceof MqttSubscribeMessage subscribe) {
            a.put("packetId", String.valueOf(subscribe.idAndPropertiesVariableHeader().messageId()));
            a.put("filters", subscribe.payload().topicSubscriptions().stream()
                    .map(s -> s.topicFilter() + "@qos" + s.qualityOfService().value()).collect(Collectors.joining(",")));
            properties(a, subscribe.idAndPropertiesVariableHeader().properties());
            return a;
        }
        if (message instanceof MqttSubAckMessage suback) {
            a.put("packetId", String.valueOf(suback.idAndPropertiesVariableHeader().messageId()));
            a.put("reasonCodes", suback.payload().reasonCodes().stream().map(PacketDescription::hex)
                    .collect(Collectors.joining(",")));
            return a;
        }
        Object header = message.variableHeader();
        if (header instanceof MqttPubReplyMessageVariableHeader reply) {
            a.put("packetId", String.valueOf(reply.messageId()));
            a.put("reasonCode", hex(reply.reasonCode()));
        } else if (header instanceof MqttMessageIdVariableHeader id) {
            a.put("packetId", String.valueOf(id.messageId()));
        } else if (header instanceof MqttReasonCodeAndPropertiesVariableHeader reason) {
            a.put("reasonCode", hex(reason.reasonCode()));
            properties(a, reason.properties());
        }
        return a;
    }

    /** The application payload of a PUBLISH (or a CONNECT's will), as text; empty otherwise. */
    public static String payload(MqttMessage message) {
        if (message instanceof MqttPublishMessage publish) {
            ByteBuf content = publish.content();
            return content.toString(content.readerIndex(), content.readableBytes(), StandardCharsets.UTF_8);
        }
        if (message instanceof MqttConnectMessage connect && connect.payload().willMessageInBytes() != null) {
            return new String(connect.payload().willMessageInBytes(), StandardCharsets.UTF_8);
        }
        return "";
    }

    static void properties(Map<String, String> a, MqttProperties properties) {
        if (properties == null || properties.isEmpty()) {
            return;
        }
        for (MqttProperties.MqttProperty<?> p : properties.listAll()) {
            String key = propertyName(p.propertyId());
            Object value = p.value();
            if (value instanceof byte[] bytes) {
                value = new String(bytes, StandardCharsets.UTF_8);
            }
            a.merge(key, String.valueOf(value), (x, y) -> x + "," + y);
        }
    }

    private static String propertyName(int id) {
        try {
            String name = MqttProperties.MqttPropertyType.valueOf(id).name().toLowerCase();
            StringBuilder camel = new StringBuilder();
            boolean upper = false;
            for (char c : name.toCharArray()) {
                if (c == '_') {
                    upper = true;
                } else {
                    camel.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return camel.toString();
        } catch (IllegalArgumentException e) {
            return "property" + id;
        }
    }

    /** A code as {@code 0x87}. */
    public static String hex(int code) {
        return String.format("0x%02X", code & 0xFF);
    }
}
