package org.thingconform.device;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.thingconform.protocol.mqtt.ConnectOutcome;
import org.thingconform.protocol.mqtt.MqttSession;
import org.thingconform.protocol.mqtt.ReceivedMessage;

/** An in-memory MQTT session for device tests: records what the device sends, delivers what the test scripts. */
final class ScriptedMqttSession implements MqttSession {

    record Connect(String clientId, String username, String password) {
    }

    record Published(String topic, String payload) {
    }

    final List<Connect> connects = new ArrayList<>();
    final List<List<String>> subscriptions = new ArrayList<>();
    final List<Published> published = new ArrayList<>();
    private final Map<String, BlockingQueue<ReceivedMessage>> inbox = new ConcurrentHashMap<>();

    /** The platform sends {@code payload} on {@code topic}. */
    void deliver(String topic, String payload) {
        inbox.computeIfAbsent(topic, t -> new LinkedBlockingQueue<>())
                .add(new ReceivedMessage(topic, payload, 1, false, 1, Instant.now()));
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
    public void publish(String topic, String payload, int qos, Duration timeout) {
        published.add(new Published(topic, payload));
    }

    @Override
    public Optional<ReceivedMessage> awaitMessage(String topic, Duration timeout) {
        try {
            return Optional.ofNullable(inbox.computeIfAbsent(topic, t -> new LinkedBlockingQueue<>())
                    .poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
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
        inbox.values().forEach(BlockingQueue::clear);
    }

    @Override
    public void close() {
    }
}
