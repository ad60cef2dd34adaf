package org.thingconform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thingconform.platform.MqttAccount;
import org.thingconform.platform.PlatformDescriptor;

/**
 * The broker kept running across platforms ({@link KeptBroker}): the second platform of a JVM gets
 * the same HiveMQ without starting one, and meets it empty — no retained message, no session, no
 * subscription of the first platform's clients survives — while the first platform's clients are
 * gone. Without the clearing on give-back, the retained message and the session would reach the
 * second platform and these tests fail.
 */
class KeptBrokerTest {

    private static final long WAIT_SECONDS = 5;

    private String previous;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void keepTheBroker() {
        previous = System.setProperty(KeptBroker.PROPERTY, "true");
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(KeptBroker.PROPERTY);
        } else {
            System.setProperty(KeptBroker.PROPERTY, previous);
        }
    }

    @Test
    void theNextPlatformReusesTheBrokerAndFindsNoRetainedMessageSessionOrSubscriptionOfTheLastOne() throws Exception {
        String topic = "tc/" + run + "/kept";
        try (ReferencePlatform first = ReferencePlatform.start(List.of(), Set.of())) {
            MqttClient publisher = connect(first.descriptor(), "pub", true);
            publisher.publish(topic, "left behind".getBytes(StandardCharsets.UTF_8), 1, true);
            MqttClient durable = connect(first.descriptor(), "durable", false);
            durable.subscribe(topic + "/queued", 1);
            disconnect(publisher);
            disconnect(durable);
        }
        try (ReferencePlatform second = ReferencePlatform.start(List.of(), Set.of())) {
            assertThat(second.brokerStartMillis()).as("the kept broker is lent, not started").isZero();
            BlockingQueue<String> arrived = new ArrayBlockingQueue<>(4);
            MqttClient subscriber = connect(second.descriptor(), "sub", true);
            subscriber.setCallback(new MqttCallbackAdapter(arrived));
            subscriber.subscribe(topic, 1);
            MqttClient marker = connect(second.descriptor(), "marker", true);
            marker.publish(topic, "fresh".getBytes(StandardCharsets.UTF_8), 1, false);
            assertThat(arrived.poll(WAIT_SECONDS, TimeUnit.SECONDS)).as("the first message to arrive").isEqualTo("fresh");

            MqttConnectOptions options = options(second.descriptor().mqttAccount(), false);
            MqttClient durable = new MqttClient(second.descriptor().mqtt().tcpUri(), clientId("durable"),
                    new MemoryPersistence());
            IMqttToken token = durable.connectWithResult(options);
            assertThat(token.getSessionPresent()).as("the session of the last platform's client").isFalse();
            disconnect(durable);
            disconnect(subscriber);
            disconnect(marker);
        }
    }

    @Test
    void aSecondPlatformWhileTheFirstRunsIsRefused() {
        try (ReferencePlatform first = ReferencePlatform.start(List.of(), Set.of())) {
            assertThat(first.descriptor()).isNotNull();
            assertThatThrownBy(() -> ReferencePlatform.start(List.of(), Set.of()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already");
        }
    }

    private MqttClient connect(PlatformDescriptor descriptor, String name, boolean clean) throws MqttException {
        MqttClient client = new MqttClient(descriptor.mqtt().tcpUri(), clientId(name), new MemoryPersistence());
        client.connect(options(descriptor.mqttAccount(), clean));
        return client;
    }

    private String clientId(String name) {
        return "tc-" + run + "-" + name;
    }

    private static MqttConnectOptions options(MqttAccount account, boolean clean) {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(clean);
        options.setUserName(account.username());
        options.setPassword(account.password().reveal().toCharArray());
        options.setConnectionTimeout((int) WAIT_SECONDS);
        return options;
    }

    private static void disconnect(MqttClient client) throws MqttException {
        client.disconnect();
        client.close();
    }

    /** Puts every arriving payload in a queue. */
    private record MqttCallbackAdapter(BlockingQueue<String> arrived) implements org.eclipse.paho.client.mqttv3.MqttCallback {
        @Override
        public void connectionLost(Throwable cause) {
        }

        @Override
        public void messageArrived(String topic, org.eclipse.paho.client.mqttv3.MqttMessage message) {
            arrived.add(new String(message.getPayload(), StandardCharsets.UTF_8));
        }

        @Override
        public void deliveryComplete(org.eclipse.paho.client.mqttv3.IMqttDeliveryToken token) {
        }
    }
}
