package org.thingconform.engine.step.mqtt;

import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttMessageIdVariableHeader;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.thingconform.protocol.mqtt.TopicFilter;
import org.thingconform.protocol.mqtt.raw.RawMqttClient;

/**
 * One named client of a broker clause: its connection, the MQTT version it spoke in its
 * CONNECT, its packet ids, the QoS its SUBACKs granted, and the PUBLISH packets that arrived while a step waited for
 * something else (kept for a later {@code mqttExpectMessage}), and the packets the last wait passed
 * over (for a reason to name what arrived instead). Incoming QoS 1 and 2 messages are acknowledged
 * as they arrive, so the broker's flows complete.
 */
final class MqttSession implements AutoCloseable {

    private final RawMqttClient client;
    private final MqttVersion version;
    private final List<MqttPublishMessage> pending = new ArrayList<>();
    private final List<MqttMessage> passedOver = new ArrayList<>();
    private final Map<String, Integer> granted = new LinkedHashMap<>();
    private int nextPacketId = 1;

    MqttSession(RawMqttClient client, MqttVersion version) {
        this.client = client;
        this.version = version;
    }

    RawMqttClient client() {
        return client;
    }

    MqttVersion version() {
        return version;
    }

    boolean v5() {
        return version == MqttVersion.MQTT_5;
    }

    /** Notes the maximum QoS a SUBACK granted to {@code filter} (a failure code removes the subscription). */
    void granted(String filter, int code) {
        if (code < 0x80) {
            granted.put(filter, code);
        } else {
            granted.remove(filter);
        }
    }

    /** Takes over the grants of the connection before, when this one resumes its session (Clean Start 0). */
    void resume(MqttSession earlier) {
        granted.putAll(earlier.granted);
    }

    /**
     * The highest QoS granted to this client's subscriptions whose filter matches {@code topic}, or
     * null when none does: with overlapping subscriptions a message is delivered respecting the
     * highest of them (3.3.5).
     */
    Integer grantedFor(String topic) {
        return granted.entrySet().stream().filter(e -> TopicFilter.matches(e.getKey(), topic))
                .map(Map.Entry::getValue).max(Integer::compare).orElse(null);
    }

    int nextPacketId() {
        int id = nextPacketId;
        nextPacketId = nextPacketId == 65535 ? 1 : nextPacketId + 1;
        return id;
    }

    /** The next non-PUBLISH packet {@code wanted} accepts, or null on timeout or close. */
    MqttMessage awaitPacket(Predicate<MqttMessage> wanted, Duration timeout) {
        passedOver.clear();
        return client.await(m -> !(m instanceof MqttPublishMessage) && !isPubrel(m) && wanted.test(m), timeout,
                this::houseKeep);
    }

    /** A PUBLISH {@code wanted} accepts: one kept from earlier, or the next to arrive; null on timeout or close. */
    MqttPublishMessage awaitPublish(Predicate<MqttPublishMessage> wanted, Duration timeout) {
        passedOver.clear();
        for (Iterator<MqttPublishMessage> it = pending.iterator(); it.hasNext(); ) {
            MqttPublishMessage kept = it.next();
            if (wanted.test(kept)) {
                it.remove();
                return kept;
            }
        }
        MqttMessage found = client.await(m -> {
            if (m instanceof MqttPublishMessage publish && wanted.test(publish)) {
                acknowledge(publish);
                return true;
            }
            return false;
        }, timeout, this::houseKeep);
        return (MqttPublishMessage) found;
    }

    /** Whether the broker closed the connection within {@code timeout}. */
    boolean awaitClosed(Duration timeout) {
        passedOver.clear();
        return client.awaitClosed(timeout, this::houseKeep);
    }

    /** The PUBLISH packets that arrived and no wait has taken yet, oldest first. */
    List<MqttPublishMessage> kept() {
        return List.copyOf(pending);
    }

    /** The packets the last wait received and did not take, in arrival order. */
    List<MqttMessage> passedOver() {
        return List.copyOf(passedOver);
    }

    private void houseKeep(MqttMessage message) {
        passedOver.add(message);
        if (message instanceof MqttPublishMessage publish) {
            acknowledge(publish);
            pending.add(publish);
        } else if (isPubrel(message)) {
            int id = ((MqttMessageIdVariableHeader) message.variableHeader()).messageId();
            client.send(new MqttMessage(new MqttFixedHeader(MqttMessageType.PUBCOMP, false, MqttQoS.AT_MOST_ONCE, false, 0),
                    MqttMessageIdVariableHeader.from(id)));
        }
    }

    private void acknowledge(MqttPublishMessage publish) {
        int id = publish.variableHeader().packetId();
        switch (publish.fixedHeader().qosLevel()) {
            case AT_LEAST_ONCE -> client.send(MqttMessageBuilders.pubAck().packetId(id).build());
            case EXACTLY_ONCE -> client.send(new MqttMessage(new MqttFixedHeader(MqttMessageType.PUBREC, false,
                    MqttQoS.AT_MOST_ONCE, false, 0), MqttMessageIdVariableHeader.from(id)));
            default -> {
            }
        }
    }

    private static boolean isPubrel(MqttMessage m) {
        return m.fixedHeader() != null && m.fixedHeader().messageType() == MqttMessageType.PUBREL;
    }

    /** Ends the connection after a DISCONNECT: waits up to {@code timeout} for the broker to close it first. */
    public void closeAfterDisconnect(java.time.Duration timeout) {
        client.closeAfterDisconnect(timeout);
    }

    @Override
    public void close() {
        client.close();
    }
}
