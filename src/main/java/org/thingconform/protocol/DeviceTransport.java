package org.thingconform.protocol;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.thingconform.profile.step.TokenUse;
import org.thingconform.protocol.tls.ClientKey;
import org.thingconform.protocol.tls.PreSharedKey;
import org.thingconform.trace.MessageTrace;

/**
 * The port through which a simulated device reaches the platform, whatever the protocol
 * of its binding. The binding's "topics" are MQTT topics for MQTT and resource paths for
 * CoAP and HTTP; what arrives for the device (a PUBLISH, an Observe notification, a
 * polled command) is kept as a {@link ReceivedMessage} on the topic or path it came on.
 * Adapters under {@code protocol/} are the only classes that import a protocol library;
 * every message in or out goes to the transport's trace.
 */
public interface DeviceTransport extends AutoCloseable {

    /**
     * Signs in with the given client id and credentials: MQTT CONNECT, or the binding's
     * auth request for CoAP and HTTP. The outcome says whether the platform accepted.
     */
    ConnectOutcome connect(String clientId, String username, String password, Duration timeout);

    /**
     * Starts receiving what arrives on the filters (MQTT SUBSCRIBE at QoS 1, a CoAP Observe
     * relation, an HTTP poll); returns the granted QoS per filter (128 = refused), 1 for
     * protocols without QoS.
     */
    List<Integer> subscribe(List<String> filters, Duration timeout);

    /**
     * Sends {@code payload} to {@code topic}. For MQTT it publishes (and for QoS 1 waits
     * for the PUBACK) and returns empty: replies arrive as messages. For request/response
     * protocols (CoAP, HTTP) it returns the response, its topic being the request's.
     */
    Optional<ReceivedMessage> publish(String topic, String payload, int qos, Duration timeout);

    /**
     * Sends like {@link #publish(String, String, int, Duration)} as an MQTT 5 request: the PUBLISH
     * carries {@code request}'s Response Topic and Correlation Data.
     *
     * @throws UnsupportedOperationException on a protocol without those properties (all but MQTT 5)
     */
    default Optional<ReceivedMessage> publish(String topic, String payload, int qos, Duration timeout,
                                              RequestResponse request) {
        throw new UnsupportedOperationException("this transport has no Response Topic or Correlation Data (MQTT 5 only)");
    }

    /**
     * Sends like {@link #publish(String, String, int, Duration)} but with the sign-in token left
     * out or replaced by a wrong one, to check that the platform refuses it. Only request/response
     * protocols (CoAP, HTTP) carry a token; the response is returned whatever its code.
     *
     * @throws UnsupportedOperationException on a protocol without a sign-in token (MQTT)
     */
    default Optional<ReceivedMessage> publish(String topic, String payload, Duration timeout, TokenUse token) {
        throw new UnsupportedOperationException("this transport has no sign-in token to leave out");
    }

    /**
     * The first message received on a topic that {@code topicFilter} matches (MQTT filter
     * syntax, {@code +} and {@code #}) and that {@code wanted} accepts, waiting at most
     * {@code timeout}. Messages not taken stay for later waits.
     */
    Optional<ReceivedMessage> awaitMessage(String topicFilter, Predicate<ReceivedMessage> wanted, Duration timeout);

    /**
     * From the next {@link #connect} on, present {@code key} as the client certificate of the (D)TLS
     * handshake (null: the endpoint's own, if its settings name one). A transport over a plain connection
     * ignores it.
     */
    default void presentCertificate(ClientKey key) {
        // a plain transport has no handshake to present it in
    }

    /**
     * From the next {@link #connect} on, use {@code psk} as the DTLS pre-shared key (null: the
     * endpoint's). A transport without DTLS ignores it.
     */
    default void presentPsk(PreSharedKey psk) {
        // no DTLS handshake to use it in
    }

    /** Whether the transport is signed in right now (false after a refusal or a dropped connection). */
    boolean isConnected();

    /** From now on, record traffic into {@code trace} (a device kept across tests traces into each test's own). */
    void traceTo(MessageTrace trace);

    /** The messages received and not yet awaited, in arrival order (a wait that found nothing names them). */
    default List<ReceivedMessage> unclaimed() {
        return List.of();
    }

    /** Forgets every message received and not yet awaited, so a new test starts with an empty inbox. */
    void discardReceived();

    @Override
    void close();
}
