package org.thingconform.engine.step.mqtt;

import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import java.time.Duration;
import java.util.List;
import org.thingconform.engine.step.NearMisses;
import org.thingconform.protocol.mqtt.raw.PacketDescription;

/**
 * What a broker sent instead of the packet a step awaited, as a reason says it: the packets the
 * session's last wait passed over, each with the header fields of the trace (a CONNECT password
 * is never among them: the broker sends none), bounded as {@link NearMisses} bounds them.
 */
final class MqttNearMisses {

    private MqttNearMisses() {
    }

    /** One packet: {@code PUBLISH on 't' (QoS 0, RETAIN 0) with payload 'p'}, or {@code PUBREC {packetId=3}}. */
    static String describe(MqttMessage message) {
        if (message instanceof MqttPublishMessage publish) {
            return "PUBLISH on '" + publish.variableHeader().topicName() + "' " + flags(publish) + " with payload "
                    + NearMisses.quote(PacketDescription.payload(publish));
        }
        var attributes = PacketDescription.attributes(message);
        return PacketDescription.kind(message) + (attributes.isEmpty() ? "" : " " + attributes);
    }

    /** {@code (QoS 1, RETAIN 0)}. */
    static String flags(MqttPublishMessage publish) {
        return "(QoS " + publish.fixedHeader().qosLevel().value() + ", RETAIN " + (publish.fixedHeader().isRetain() ? 1 : 0)
                + ")";
    }

    /**
     * Why an awaited acknowledgement (CONNACK, SUBACK, PUBACK, …) is missing: the broker closed the
     * connection, or none arrived in time; either way followed by the other packets it sent instead
     * (PUBLISH packets to the client are not answers, so they are not named).
     */
    static String missing(MqttSession session, Duration timeout) {
        List<String> instead = session.passedOver().stream().filter(m -> !(m instanceof MqttPublishMessage))
                .map(MqttNearMisses::describe).toList();
        String tail = instead.isEmpty() ? "" : "; the broker sent instead: " + NearMisses.list(instead);
        return (session.client().isClosed() ? "the broker closed the connection without one" : "none arrived within "
                + timeout.toMillis() + " ms") + tail;
    }

    /** The tail of a reason about a connection still open: what the broker sent meanwhile, or that it sent nothing. */
    static String meanwhile(MqttSession session) {
        List<String> sent = session.passedOver().stream().map(MqttNearMisses::describe).toList();
        return sent.isEmpty() ? "; it sent nothing meanwhile" : "; meanwhile it sent: " + NearMisses.list(sent);
    }
}
