package org.thingconform.protocol.mqtt;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The port through which simulated devices speak MQTT. Adapters (Paho 3.1.1 today) are
 * the only classes that import an MQTT library; every packet in or out goes to the
 * session's trace.
 */
public interface MqttSession extends AutoCloseable {

    /** Connects with the given client id and credentials; the outcome carries the CONNACK code. */
    ConnectOutcome connect(String clientId, String username, String password, Duration timeout);

    /** Subscribes to the filters at QoS 1; returns the granted QoS per filter (128 = refused). */
    List<Integer> subscribe(List<String> filters, Duration timeout);

    /** Publishes and, for QoS 1, waits for the PUBACK. */
    void publish(String topic, String payload, int qos, Duration timeout);

    /**
     * The first message received on a topic that {@code topicFilter} matches (MQTT filter
     * syntax, {@code +} and {@code #}) and that {@code wanted} accepts, waiting at most
     * {@code timeout}. Messages not taken stay for later waits.
     */
    Optional<ReceivedMessage> awaitMessage(String topicFilter, Predicate<ReceivedMessage> wanted, Duration timeout);

    /** Whether the session is connected right now (false after a refusal or a dropped connection). */
    boolean isConnected();

    /** From now on, record traffic into {@code trace} (a device kept across tests traces into each test's own). */
    void traceTo(org.thingconform.trace.MessageTrace trace);

    /** Forgets every message received and not yet awaited, so a new test starts with an empty inbox. */
    void discardReceived();

    @Override
    void close();
}
