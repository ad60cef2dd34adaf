package org.thingconform.protocol.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.eclipse.paho.mqttv5.common.util.MqttTopicValidator;
import org.thingconform.platform.Endpoint;
import org.thingconform.platform.Secret;
import org.thingconform.protocol.ConnectOutcome;
import org.thingconform.protocol.DeviceTransport;
import org.thingconform.protocol.ReceivedMessage;
import org.thingconform.protocol.ReceivedMessages;
import org.thingconform.protocol.RequestResponse;
import org.thingconform.protocol.tls.ClientKey;
import org.thingconform.trace.MessageTrace;

/**
 * MQTT 5 session on Eclipse Paho's {@code mqttv5} client. Besides what a 3.1.1 session
 * shows, the trace carries the reason codes of CONNACK, SUBACK and PUBACK and the user
 * properties, response topic and correlation data of every PUBLISH received, so a
 * certification engineer sees the MQTT 5 fields a check decided on.
 */
public final class PahoV5Session implements DeviceTransport {

    private static final String PROTOCOL = "mqtt5";

    private final Endpoint endpoint;
    private volatile MessageTrace trace;
    private ClientKey clientKey;
    private MqttTls tls;
    private final ReceivedMessages received = new ReceivedMessages();
    private MqttAsyncClient client;

    public PahoV5Session(Endpoint endpoint, MessageTrace trace) {
        this.endpoint = endpoint;
        this.trace = trace;
    }

    @Override
    public ConnectOutcome connect(String clientId, String username, String password, Duration timeout) {
        trace.sent(PROTOCOL, "CONNECT", endpoint.tcpUri(), MessageTrace.attributes("clientId", clientId, "username",
                username, "password", Secret.MASK, "cleanStart", "true", "protocolLevel", "5"), "");
        try {
            client = new MqttAsyncClient(endpoint.tcpUri(), clientId, new MemoryPersistence());
            client.setCallback(new Inbox());
            MqttConnectionOptions options = new MqttConnectionOptions();
            options.setCleanStart(true);
            options.setAutomaticReconnect(false);
            options.setUserName(username);
            if (password != null && !password.isEmpty()) {
                options.setPassword(password.getBytes(StandardCharsets.UTF_8));
            }
            options.setConnectionTimeout((int) Math.max(1, timeout.toSeconds()));
            options.setKeepAliveInterval(60);
            tls = new MqttTls(endpoint, clientKey);
            options.setSocketFactory(tls.socketFactory());
            // host names are verified by the TLS socket factory's parameters, as the descriptor says
            options.setHttpsHostnameVerificationEnabled(false);
            IMqttToken token = client.connect(options);
            token.waitForCompletion(timeout.toMillis());
            tls.traceHandshake(trace, PROTOCOL);
            int code = firstReasonCode(token);
            trace.received(PROTOCOL, "CONNACK", endpoint.tcpUri(), MessageTrace.attributes("reasonCode", hex(code),
                    "sessionPresent", String.valueOf(token.getSessionPresent())), "");
            return new ConnectOutcome(ConnectOutcome.Kind.ACCEPTED, code, "CONNACK reason code " + hex(code) + " (success)");
        } catch (MqttException e) {
            Optional<ConnectOutcome> notConnected = tls.notConnected(e, trace, PROTOCOL);
            if (notConnected.isPresent()) {
                closeQuietly();
                return notConnected.get();
            }
            int code = e.getReasonCode();
            Optional<ConnectOutcome> tlsPort = code == MqttClientException.REASON_CODE_CONNECTION_LOST
                    ? tls.plainToTlsEndpoint(timeout) : Optional.empty();
            if (tlsPort.isPresent()) {
                trace.received(PROTOCOL, "TLS-PORT", endpoint.tcpUri(), Map.of(), tlsPort.get().detail());
                closeQuietly();
                return tlsPort.get();
            }
            boolean connack = code >= 0x80 && code <= 0xFF;
            String detail = connack ? "CONNACK reason code " + hex(code) + " (" + e.getMessage() + ")"
                    : "no CONNACK: " + describe(e);
            trace.received(PROTOCOL, connack ? "CONNACK" : "NO-CONNACK", endpoint.tcpUri(),
                    MessageTrace.attributes("reasonCode", connack ? hex(code) : "none"), detail);
            closeQuietly();
            return new ConnectOutcome(kind(code), connack ? code : -1, detail);
        }
    }

    @Override
    public List<Integer> subscribe(List<String> filters, Duration timeout) {
        try {
            MqttSubscription[] subscriptions = filters.stream().map(f -> new MqttSubscription(f, 1))
                    .toArray(MqttSubscription[]::new);
            IMqttToken token = client.subscribe(subscriptions);
            token.waitForCompletion(timeout.toMillis());
            List<Integer> granted = new ArrayList<>();
            int[] codes = token.getReasonCodes() == null ? new int[0] : token.getReasonCodes();
            for (int code : codes) {
                granted.add(code);
            }
            trace.sent(PROTOCOL, "SUBSCRIBE", String.join(",", filters), MessageTrace.attributes("qos", "1"), "");
            trace.received(PROTOCOL, "SUBACK", String.join(",", filters), MessageTrace.attributes("reasonCodes",
                    Arrays.stream(codes).mapToObj(PahoV5Session::hex).toList().toString(),
                    "packetId", String.valueOf(token.getMessageId())), "");
            return granted;
        } catch (MqttException e) {
            throw new MqttProtocolException("SUBSCRIBE " + filters + " failed: " + describe(e), e);
        }
    }

    @Override
    public Optional<ReceivedMessage> publish(String topic, String payload, int qos, Duration timeout) {
        return publish(topic, payload, qos, timeout, null);
    }

    @Override
    public Optional<ReceivedMessage> publish(String topic, String payload, int qos, Duration timeout,
                                             RequestResponse request) {
        try {
            MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
            message.setQos(qos);
            message.setRetained(false);
            List<String> attributes = new ArrayList<>(List.of("qos", String.valueOf(qos), "retain", "false"));
            if (request != null) {
                MqttProperties properties = new MqttProperties();
                if (request.responseTopic() != null) {
                    properties.setResponseTopic(request.responseTopic());
                    attributes.addAll(List.of("responseTopic", request.responseTopic()));
                }
                if (request.correlationData() != null) {
                    properties.setCorrelationData(RequestResponse.bytes(request.correlationData()));
                    attributes.addAll(List.of("correlationData", request.correlationData()));
                }
                message.setProperties(properties);
            }
            IMqttToken token = client.publish(topic, message);
            attributes.addAll(List.of("packetId", String.valueOf(token.getMessageId())));
            trace.sent(PROTOCOL, "PUBLISH", topic, MessageTrace.attributes(attributes.toArray(String[]::new)), payload);
            token.waitForCompletion(timeout.toMillis());
            if (qos > 0) {
                int code = firstReasonCode(token);
                trace.received(PROTOCOL, "PUBACK", topic, MessageTrace.attributes("packetId",
                        String.valueOf(token.getMessageId()), "reasonCode", hex(code)), "");
                if (code >= 0x80) {
                    throw new MqttProtocolException("the platform refused the PUBLISH to " + topic
                            + " with PUBACK reason code " + hex(code), null);
                }
            }
            return Optional.empty();
        } catch (MqttException e) {
            throw new MqttProtocolException("PUBLISH to " + topic + " failed: " + describe(e), e);
        }
    }

    @Override
    public Optional<ReceivedMessage> awaitMessage(String topicFilter, Predicate<ReceivedMessage> wanted,
                                                  Duration timeout) {
        return received.take(m -> MqttTopicValidator.isMatched(topicFilter, m.topic()) && wanted.test(m), timeout);
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
                client.disconnect(1000).waitForCompletion(1000);
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

    private static int firstReasonCode(IMqttToken token) {
        int[] codes = token.getReasonCodes();
        return codes == null || codes.length == 0 ? 0 : codes[0];
    }

    private static ConnectOutcome.Kind kind(int reasonCode) {
        if (reasonCode >= 0x80 && reasonCode <= 0xFF) {
            return ConnectOutcome.Kind.REFUSED;
        }
        return switch (reasonCode) {
            case MqttClientException.REASON_CODE_CONNECTION_LOST -> ConnectOutcome.Kind.CLOSED_WITHOUT_CONNACK;
            case MqttClientException.REASON_CODE_SERVER_CONNECT_ERROR -> ConnectOutcome.Kind.UNREACHABLE;
            default -> ConnectOutcome.Kind.NO_ANSWER;
        };
    }

    private static String hex(int code) {
        return String.format("0x%02X", code);
    }

    private static String describe(MqttException e) {
        Throwable cause = e.getCause();
        return e.getMessage() + (cause == null ? "" : " (" + cause.getMessage() + ")");
    }

    /** Paho's callback: every PUBLISH, with its MQTT 5 properties, into the trace and the inbox. */
    private final class Inbox implements MqttCallback {

        @Override
        public void disconnected(MqttDisconnectResponse response) {
            trace.received(PROTOCOL, "DISCONNECT", endpoint.tcpUri(), MessageTrace.attributes("reasonCode",
                    hex(response.getReturnCode()), "reasonString", String.valueOf(response.getReasonString())), "");
        }

        @Override
        public void mqttErrorOccurred(MqttException exception) {
            trace.received(PROTOCOL, "ERROR", endpoint.tcpUri(), Map.of(), describe(exception));
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            String payload = new String(message.getPayload(), StandardCharsets.UTF_8);
            trace.received(PROTOCOL, "PUBLISH", topic, attributes(message), payload);
            MqttProperties properties = message.getProperties();
            byte[] correlation = properties == null ? null : properties.getCorrelationData();
            received.add(new ReceivedMessage(topic, payload, message.getQos(), message.isRetained(), message.getId(),
                    Instant.now(), null, null, properties == null ? null : properties.getResponseTopic(),
                    correlation == null ? null : RequestResponse.text(correlation)));
        }

        @Override
        public void deliveryComplete(IMqttToken token) {
            // acknowledgements are traced where publish waits for them
        }

        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            // traced where connect waits for the CONNACK
        }

        @Override
        public void authPacketArrived(int reasonCode, MqttProperties properties) {
            trace.received(PROTOCOL, "AUTH", endpoint.tcpUri(), MessageTrace.attributes("reasonCode", hex(reasonCode)), "");
        }

        private Map<String, String> attributes(MqttMessage message) {
            MqttProperties properties = message.getProperties();
            List<String> pairs = new ArrayList<>(List.of("qos", String.valueOf(message.getQos()),
                    "retain", String.valueOf(message.isRetained()), "packetId", String.valueOf(message.getId())));
            if (properties != null) {
                List<UserProperty> user = properties.getUserProperties();
                if (user != null && !user.isEmpty()) {
                    pairs.addAll(List.of("userProperties",
                            user.stream().map(u -> u.getKey() + "=" + u.getValue()).toList().toString()));
                }
                if (properties.getResponseTopic() != null) {
                    pairs.addAll(List.of("responseTopic", properties.getResponseTopic()));
                }
                if (properties.getCorrelationData() != null) {
                    pairs.addAll(List.of("correlationData", RequestResponse.text(properties.getCorrelationData())));
                }
            }
            return MessageTrace.attributes(pairs.toArray(String[]::new));
        }
    }
}
