package org.thingconform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttMessageIdVariableHeader;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPubReplyMessageVariableHeader;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttVersion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thingconform.platform.MqttAccount;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.protocol.mqtt.raw.RawMqttClient;
import org.thingconform.trace.MessageTrace;

/**
 * Two broker faults of the reference's MQTT fault proxy, seen by a raw MQTT client on the wire:
 * {@code broker-qos2-answered-with-puback} answers a QoS 2 PUBLISH with a PUBACK (and the proxy
 * finishes the broker's QoS 2 flow, so the packet id is free again), and
 * {@code broker-retained-only-exact-subscriptions} keeps a retained message from a subscription that
 * only a wildcard filter makes. Each behaviour is checked against the fault-free proxy too.
 */
class ProxyRetainAndQos2FaultsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration QUIET = Duration.ofMillis(500);
    private static final String PUBACK_FAULT = "broker-qos2-answered-with-puback";
    private static final String EXACT_FAULT = "broker-retained-only-exact-subscriptions";
    private static final Consumer<MqttMessage> UNEXPECTED = m -> {
        throw new AssertionError("unexpected packet " + m.fixedHeader().messageType());
    };

    private static ReferencePlatform platform;
    private static PlatformDescriptor descriptor;
    private final List<RawMqttClient> clients = new ArrayList<>();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void startPlatform() {
        platform = ReferencePlatform.start(List.of(), Set.of());
        descriptor = platform.descriptor();
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @AfterEach
    void closeClientsAndSwitchFaultsOff() {
        clients.forEach(RawMqttClient::close);
        platform.setFaults(Set.of());
    }

    @Test
    void aQos2PublishIsAnsweredWithAPubackCarryingItsPacketIdAndNoPubcompFollows() {
        platform.setFaults(Set.of(PUBACK_FAULT));
        RawMqttClient sub = connect("sub", MqttVersion.MQTT_3_1_1);
        subscribe(sub, "tc/" + run + "/q2", 2);
        RawMqttClient pub = connect("pub", MqttVersion.MQTT_3_1_1);

        pub.send(publish("tc/" + run + "/q2", "one", MqttQoS.EXACTLY_ONCE, 7, false));
        MqttMessage answer = pub.await(ProxyRetainAndQos2FaultsTest::isPublishAck, WAIT, UNEXPECTED);
        assertThat(answer).as("an answer to the QoS 2 PUBLISH").isNotNull();
        assertThat(answer.fixedHeader().messageType()).isEqualTo(MqttMessageType.PUBACK);
        assertThat(((MqttMessageIdVariableHeader) answer.variableHeader()).messageId()).isEqualTo(7);
        assertThat(received(sub, "tc/" + run + "/q2")).isEqualTo("one");

        // the client sends no PUBREL; the proxy did, so the broker freed packet id 7: a new message under it is
        // a new message, not a duplicate of the first, and the broker's PUBCOMP never reaches the client
        pub.send(publish("tc/" + run + "/q2", "two", MqttQoS.EXACTLY_ONCE, 7, false));
        assertThat(pub.await(ProxyRetainAndQos2FaultsTest::isPublishAck, WAIT, UNEXPECTED).fixedHeader().messageType())
                .isEqualTo(MqttMessageType.PUBACK);
        assertThat(received(sub, "tc/" + run + "/q2")).isEqualTo("two");
        List<MqttMessageType> meanwhile = new ArrayList<>();
        pub.send(new MqttMessage(new MqttFixedHeader(MqttMessageType.PINGREQ, false, MqttQoS.AT_MOST_ONCE, false, 0)));
        assertThat(pub.await(m -> m.fixedHeader().messageType() == MqttMessageType.PINGRESP, WAIT,
                m -> meanwhile.add(m.fixedHeader().messageType()))).as("PINGRESP").isNotNull();
        assertThat(meanwhile).as("packets the client got before its PINGRESP").isEmpty();
    }

    @Test
    void anMqtt5PubackKeepsThePubrecsReasonCode() {
        platform.setFaults(Set.of(PUBACK_FAULT));
        RawMqttClient pub = connect("pub5", MqttVersion.MQTT_5);

        pub.send(publish("tc/" + run + "/nobody", "unheard", MqttQoS.EXACTLY_ONCE, 3, false));
        MqttMessage answer = pub.await(ProxyRetainAndQos2FaultsTest::isPublishAck, WAIT, UNEXPECTED);

        assertThat(answer.fixedHeader().messageType()).isEqualTo(MqttMessageType.PUBACK);
        MqttPubReplyMessageVariableHeader reply = (MqttPubReplyMessageVariableHeader) answer.variableHeader();
        assertThat(reply.messageId()).isEqualTo(3);
        assertThat(reply.reasonCode() & 0xFF).as("HiveMQ's PUBREC code: success or 0x10 no matching subscribers")
                .isIn(0x00, 0x10);
    }

    @Test
    void withoutTheFaultAQos2PublishIsAnsweredWithAPubrec() {
        RawMqttClient pub = connect("pub", MqttVersion.MQTT_3_1_1);

        pub.send(publish("tc/" + run + "/q2", "one", MqttQoS.EXACTLY_ONCE, 7, false));

        assertThat(pub.await(ProxyRetainAndQos2FaultsTest::isPublishAck, WAIT, UNEXPECTED).fixedHeader().messageType())
                .isEqualTo(MqttMessageType.PUBREC);
    }

    @Test
    void aWildcardSubscriptionGetsNoRetainedMessageWhileAnExactOneDoes() {
        platform.setFaults(Set.of(EXACT_FAULT));
        retain("tc/" + run + "/w/a", "kept");
        retain("tc/" + run + "/sync", "sync");

        RawMqttClient exact = connect("exact", MqttVersion.MQTT_3_1_1);
        subscribe(exact, "tc/" + run + "/w/a", 1);
        MqttPublishMessage kept = awaitPublish(exact, "tc/" + run + "/w/a");
        assertThat(kept).as("the retained message for the exact subscription").isNotNull();
        assertThat(kept.fixedHeader().isRetain()).isTrue();
        acknowledge(exact, kept);

        RawMqttClient wild = connect("wild", MqttVersion.MQTT_3_1_1);
        assertThat(wildcardSubscriberGets(wild)).as("retained messages the wildcard subscription got").isEmpty();
    }

    @Test
    void withoutTheFaultAWildcardSubscriptionGetsTheRetainedMessage() {
        retain("tc/" + run + "/w/a", "kept");
        retain("tc/" + run + "/sync", "sync");

        RawMqttClient wild = connect("wild", MqttVersion.MQTT_3_1_1);
        assertThat(wildcardSubscriberGets(wild)).containsExactly("tc/" + run + "/w/a");
    }

    /**
     * Subscribes {@code tc/RUN/w/+} and, in the same SUBSCRIBE, the exact {@code tc/RUN/sync} as a positive
     * sync point: once the sync topic's retained message is in, the wildcard filter has had its turn too.
     * Answers the topics of the other retained messages that arrived, each acknowledged.
     */
    private List<String> wildcardSubscriberGets(RawMqttClient wild) {
        List<String> topics = new ArrayList<>();
        Consumer<MqttMessage> others = m -> {
            if (m instanceof MqttPublishMessage p) {
                topics.add(p.variableHeader().topicName());
                acknowledge(wild, p);
            }
        };
        wild.send(MqttMessageBuilders.subscribe().messageId(1)
                .addSubscription(MqttQoS.AT_LEAST_ONCE, "tc/" + run + "/w/+")
                .addSubscription(MqttQoS.AT_LEAST_ONCE, "tc/" + run + "/sync").build());
        assertThat(wild.await(m -> m.fixedHeader().messageType() == MqttMessageType.SUBACK, WAIT, others))
                .as("SUBACK").isNotNull();
        MqttPublishMessage sync = awaitPublish(wild, "tc/" + run + "/sync", WAIT, others);
        assertThat(sync).as("the sync point's retained message").isNotNull();
        acknowledge(wild, sync);
        MqttPublishMessage late = awaitPublish(wild, "tc/" + run + "/w/a", QUIET, others);
        if (late != null) {
            others.accept(late);
        }
        return topics;
    }

    private void retain(String topic, String payload) {
        RawMqttClient pub = connect("retainer-" + clients.size(), MqttVersion.MQTT_3_1_1);
        pub.send(publish(topic, payload, MqttQoS.AT_LEAST_ONCE, 1, true));
        assertThat(pub.await(ProxyRetainAndQos2FaultsTest::isPublishAck, WAIT, UNEXPECTED)).as("PUBACK").isNotNull();
    }

    private RawMqttClient connect(String name, MqttVersion version) {
        RawMqttClient client = RawMqttClient.open(name, descriptor.mqtt(), new MessageTrace(), WAIT);
        clients.add(client);
        MqttAccount account = descriptor.mqttAccount();
        client.send(MqttMessageBuilders.connect().clientId("tc-" + run + "-" + name).protocolVersion(version)
                .cleanSession(true).hasUser(true).username(account.username()).hasPassword(true)
                .password(account.password().reveal().getBytes(StandardCharsets.UTF_8)).build());
        assertThat(client.await(m -> m.fixedHeader().messageType() == MqttMessageType.CONNACK, WAIT, UNEXPECTED))
                .as("CONNACK of " + name).isNotNull();
        return client;
    }

    private static void subscribe(RawMqttClient client, String filter, int qos) {
        client.send(MqttMessageBuilders.subscribe().messageId(1).addSubscription(MqttQoS.valueOf(qos), filter).build());
        assertThat(client.await(m -> m.fixedHeader().messageType() == MqttMessageType.SUBACK, WAIT, m -> { }))
                .as("SUBACK for " + filter).isNotNull();
    }

    private static String received(RawMqttClient sub, String topic) {
        MqttPublishMessage message = awaitPublish(sub, topic);
        assertThat(message).as("a message on " + topic).isNotNull();
        acknowledge(sub, message);
        return message.payload().toString(StandardCharsets.UTF_8);
    }

    private static MqttPublishMessage awaitPublish(RawMqttClient client, String topic) {
        return awaitPublish(client, topic, WAIT, UNEXPECTED);
    }

    private static MqttPublishMessage awaitPublish(RawMqttClient client, String topic, Duration within,
                                                   Consumer<MqttMessage> others) {
        return (MqttPublishMessage) client.await(m -> m instanceof MqttPublishMessage p
                && p.variableHeader().topicName().equals(topic), within, others);
    }

    /** Finishes the QoS flow of a message a client got, as a well-behaved client does. */
    private static void acknowledge(RawMqttClient client, MqttPublishMessage message) {
        int id = message.variableHeader().packetId();
        MqttQoS qos = message.fixedHeader().qosLevel();
        if (qos == MqttQoS.AT_LEAST_ONCE) {
            client.send(ack(MqttMessageType.PUBACK, id));
        } else if (qos == MqttQoS.EXACTLY_ONCE) {
            client.send(ack(MqttMessageType.PUBREC, id));
            MqttMessage pubrel = client.await(m -> m.fixedHeader().messageType() == MqttMessageType.PUBREL, WAIT, m -> { });
            assertThat(pubrel).as("PUBREL").isNotNull();
            client.send(ack(MqttMessageType.PUBCOMP, id));
        }
    }

    private static MqttMessage ack(MqttMessageType type, int packetId) {
        MqttQoS qos = type == MqttMessageType.PUBREL ? MqttQoS.AT_LEAST_ONCE : MqttQoS.AT_MOST_ONCE;
        return new MqttMessage(new MqttFixedHeader(type, false, qos, false, 0), MqttMessageIdVariableHeader.from(packetId));
    }

    private static MqttMessage publish(String topic, String payload, MqttQoS qos, int packetId, boolean retain) {
        return MqttMessageBuilders.publish().topicName(topic).qos(qos).retained(retain).messageId(packetId)
                .payload(Unpooled.wrappedBuffer(payload.getBytes(StandardCharsets.UTF_8))).build();
    }

    private static boolean isPublishAck(MqttMessage m) {
        MqttMessageType type = m.fixedHeader().messageType();
        return type == MqttMessageType.PUBACK || type == MqttMessageType.PUBREC;
    }

}
