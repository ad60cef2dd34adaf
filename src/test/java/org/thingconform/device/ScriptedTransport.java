package org.thingconform.device;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.paho.client.mqttv3.MqttTopic;
import org.thingconform.protocol.ConnectOutcome;
import org.thingconform.protocol.DeviceTransport;
import org.thingconform.protocol.ReceivedMessage;
import org.thingconform.protocol.ReceivedMessages;

/** An in-memory MQTT session for device tests: records what the device sends, delivers what the test scripts. */
final class ScriptedTransport implements DeviceTransport {

    record Connect(String clientId, String username, String password) {
    }

    record Published(String topic, String payload, int qos) {
    }

    final List<Connect> connects = new ArrayList<>();
    final List<List<String>> subscriptions = new ArrayList<>();
    final List<Published> published = new ArrayList<>();
    private final ReceivedMessages inbox = new ReceivedMessages();

    /** The platform sends {@code payload} on {@code topic}. */
    void deliver(String topic, String payload) {
        inbox.add(new ReceivedMessage(topic, payload, 1, false, 1, Instant.now()));
    }

    @Override
    public ConnectOutcome connect(String clientId, String username, String password, Duration timeout) {
        connects.add(new Connect(clientId, username, password));
        return new ConnectOutcome(ConnectOutcome.Kind.ACCEPTED, 0, "accepted");
    }

    @Override
    public List<Integer> subscribe(List<String> filters, Duration timeout) {
        subscriptions.add(filters);
        return filters.stream().map(f -> 1).toList();
    }

    @Override
    public Optional<ReceivedMessage> publish(String topic, String payload, int qos, Duration timeout) {
        published.add(new Published(topic, payload, qos));
        return Optional.empty();
    }

    @Override
    public Optional<ReceivedMessage> awaitMessage(String topicFilter, Predicate<ReceivedMessage> wanted,
                                                  Duration timeout) {
        return inbox.take(m -> MqttTopic.isMatched(topicFilter, m.topic()) && wanted.test(m), timeout);
    }

    @Override
    public boolean isConnected() {
        return !connects.isEmpty();
    }

    @Override
    public void traceTo(org.thingconform.trace.MessageTrace trace) {
    }

    @Override
    public void discardReceived() {
        inbox.clear();
    }

    @Override
    public void close() {
    }
}
