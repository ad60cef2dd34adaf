package org.thingconform.protocol.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.MqttTopic;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.thingconform.platform.Endpoint;
import org.thingconform.protocol.ConnectOutcome;
import org.thingconform.protocol.DeviceTransport;
import org.thingconform.protocol.ReceivedMessage;
import org.thingconform.protocol.ReceivedMessages;
import org.thingconform.platform.Secret;
import org.thingconform.protocol.tls.ClientKey;
import org.thingconform.trace.MessageTrace;

/**
 * MQTT 3.1.1 session on Eclipse Paho's {@code mqttv3} client. Received messages are
 * kept until a test takes them, so that tests wait for them event-driven, with a timeout.
 */
public final class PahoV3Session implements DeviceTransport {

    private static final String PROTOCOL = "mqtt";

    private final Endpoint endpoint;
    private volatile MessageTrace trace;
    private ClientKey clientKey;
    private MqttTls tls;
    private final ReceivedMessages received = new ReceivedMessages();
    private MqttClient client;

    public PahoV3Session(Endpoint endpoint, MessageTrace trace) {
        this.endpoint = endpoint;
        this.trace = trace;
    }

    @Override
    public ConnectOutcome connect(String clientId, String username, String password, Duration timeout) {
        trace.sent(PROTOCOL, "CONNECT", endpoint.tcpUri(), MessageTrace.attributes("clientId", clientId, "username", username,
                "password", Secret.MASK, "cleanSession", "true", "protocolLevel", "4"), "");
        try {
            client = new MqttClient(endpoint.tcpUri(), clientId, new MemoryPersistence());
            client.setCallback(new Inbox());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
            options.setCleanSession(true);
            options.setAutomaticReconnect(false);
            options.setUserName(username);
            if (password != null && !password.isEmpty()) {
                options.setPassword(password.toCharArray());
            }
            options.setConnectionTimeout((int) Math.max(1, timeout.toSeconds()));
            options.setKeepAliveInterval(60);
            tls = new MqttTls(endpoint, clientKey);
            options.setSocketFactory(tls.socketFactory());
            // host names are verified by the TLS socket factory's parameters, as the descriptor says
            options.setHttpsHostnameVerificationEnabled(false);
            // the connection timeout bounds the TCP connect only: a broker that never answers the CONNECT (or
            // drops it, as when another client takes the client id over) would leave the connect waiting forever
            client.setTimeToWait(Math.max(1000, timeout.toMillis()));
            client.connect(options);
            client.setTimeToWait(-1);
            tls.traceHandshake(trace, PROTOCOL);
            trace.received(PROTOCOL, "CONNACK", endpoint.tcpUri(), MessageTrace.attributes("returnCode", "0"), "");
            return new ConnectOutcome(ConnectOutcome.Kind.ACCEPTED, 0, "CONNACK return code 0 (accepted)");
        } catch (MqttException e) {
            Optional<ConnectOutcome> notConnected = tls.notConnected(e, trace, PROTOCOL);
            if (notConnected.isPresent()) {
                closeQuietly();
                return notConnected.get();
            }
            int code = e.getReasonCode();
            Optional<ConnectOutcome> tlsPort = code == MqttException.REASON_CODE_CONNECTION_LOST
                    ? tls.plainToTlsEndpoint(timeout) : Optional.empty();
            if (tlsPort.isPresent()) {
                trace.received(PROTOCOL, "TLS-PORT", endpoint.tcpUri(), Map.of(), tlsPort.get().detail());
                closeQuietly();
                return tlsPort.get();
            }
            boolean connack = code >= 1 && code <= 5;
            String detail = connack ? "CONNACK return code " + code + " (" + e.getMessage() + ")"
                    : "no CONNACK: " + describe(e);
            trace.received(PROTOCOL, connack ? "CONNACK" : "NO-CONNACK", endpoint.tcpUri(),
                    MessageTrace.attributes("returnCode", connack ? String.valueOf(code) : "none"), detail);
            closeQuietly();
            return new ConnectOutcome(kind(code), connack ? code : -1, detail);
        }
    }

    @Override
    public List<Integer> subscribe(List<String> filters, Duration timeout) {
        try {
            int[] qos = new int[filters.size()];
            java.util.Arrays.fill(qos, 1);
            IMqttToken token = client.subscribeWithResponse(filters.toArray(String[]::new), qos);
            token.waitForCompletion(timeout.toMillis());
            List<Integer> granted = new ArrayList<>();
            for (int g : token.getGrantedQos()) {
                granted.add(g);
            }
            trace.sent(PROTOCOL, "SUBSCRIBE", String.join(",", filters), MessageTrace.attributes("qos", "1"), "");
            trace.received(PROTOCOL, "SUBACK", String.join(",", filters), MessageTrace.attributes("granted", granted.toString(),
                    "packetId", String.valueOf(token.getMessageId())), "");
            return granted;
        } catch (MqttException e) {
            throw new MqttProtocolException("SUBSCRIBE " + filters + " failed: " + describe(e), e);
        }
    }

    @Override
    public Optional<ReceivedMessage> publish(String topic, String payload, int qos, Duration timeout) {
        try {
            MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
            message.setQos(qos);
            message.setRetained(false);
            IMqttDeliveryToken token = client.getTopic(topic).publish(message);
            trace.sent(PROTOCOL, "PUBLISH", topic, MessageTrace.attributes("qos", String.valueOf(qos), "retain", "false",
                    "packetId", String.valueOf(token.getMessageId())), payload);
            token.waitForCompletion(timeout.toMillis());
            if (qos > 0) {
                trace.received(PROTOCOL, "PUBACK", topic, MessageTrace.attributes("packetId", String.valueOf(token.getMessageId())), "");
            }
            return Optional.empty();
        } catch (MqttException e) {
            throw new MqttProtocolException("PUBLISH to " + topic + " failed: " + describe(e), e);
        }
    }

    @Override
    public Optional<ReceivedMessage> awaitMessage(String topicFilter, Predicate<ReceivedMessage> wanted,
                                                  Duration timeout) {
        return received.take(m -> MqttTopic.isMatched(topicFilter, m.topic()) && wanted.test(m), timeout);
    }

    @Override
    public void presentCertificate(ClientKey key) {
        this.clientKey = key;
    }

    @Override
    public boolean isConnected() {
        return client != null && client.isConnected();
    }

    @Override
    public void traceTo(MessageTrace trace) {
        this.trace = trace;
    }

    @Override
    public List<ReceivedMessage> unclaimed() {
        return received.untaken();
    }

    @Override
    public void discardReceived() {
        received.clear();
    }

    @Override
    public void close() {
        if (client != null && client.isConnected()) {
            try {
                client.disconnect(1000);
                trace.sent(PROTOCOL, "DISCONNECT", endpoint.tcpUri(), Map.of(), "");
            } catch (MqttException e) {
                // the broker went away first; nothing more to say goodbye to
            }
        }
        closeQuietly();
    }

    private void closeQuietly() {
        if (client != null) {
            try {
                client.close(true);
            } catch (MqttException e) {
                // already closed
            }
            client = null;
        }
    }

    private static ConnectOutcome.Kind kind(int pahoReasonCode) {
        if (pahoReasonCode >= 1 && pahoReasonCode <= 5) {
            return ConnectOutcome.Kind.REFUSED;
        }
        return switch (pahoReasonCode) {
            case MqttException.REASON_CODE_CONNECTION_LOST -> ConnectOutcome.Kind.CLOSED_WITHOUT_CONNACK;
            case MqttException.REASON_CODE_SERVER_CONNECT_ERROR -> ConnectOutcome.Kind.UNREACHABLE;
            default -> ConnectOutcome.Kind.NO_ANSWER;
        };
    }

    private static String describe(MqttException e) {
        Throwable cause = e.getCause();
        return e.getMessage() + (cause == null ? "" : " (" + cause.getMessage() + ")");
    }

    /** Paho's callback: every PUBLISH into the trace and the topic's queue. */
    private final class Inbox implements MqttCallback {

        @Override
        public void connectionLost(Throwable cause) {
            trace.received(PROTOCOL, "CONNECTION-LOST", endpoint.tcpUri(), Map.of(),
                    cause == null ? "" : String.valueOf(cause.getMessage()));
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            String payload = new String(message.getPayload(), StandardCharsets.UTF_8);
            trace.received(PROTOCOL, "PUBLISH", topic, MessageTrace.attributes("qos", String.valueOf(message.getQos()),
                    "retain", String.valueOf(message.isRetained()), "packetId", String.valueOf(message.getId())), payload);
            received.add(new ReceivedMessage(topic, payload, message.getQos(), message.isRetained(), message.getId(),
                    Instant.now()));
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // acknowledgements are traced where publish waits for them
        }
    }
}
