package org.thingconform.engine.step.mqtt;

import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.trace.MessageTrace;

/**
 * The named MQTT clients of one clause run, and the token {@code {run}} that makes its client
 * ids and topics its own (so a retained message or a session of another run, or of a broker
 * shared with other users, never meets this one). Closed with the clause.
 */
final class MqttClients implements AutoCloseable {

    private static final String KEY = "mqtt.clients";

    private final Map<String, MqttSession> sessions = new LinkedHashMap<>();
    private final String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

    static MqttClients of(ClauseContext context) {
        return context.state(KEY, MqttClients.class, MqttClients::new);
    }

    /** {@code text} with {@code {run}} replaced by this run's token. */
    String expand(String text) {
        return text == null ? null : text.replace("{run}", run);
    }

    MqttSession session(String name) {
        MqttSession session = sessions.get(name);
        if (session == null) {
            throw StepFailure.error("client '" + name + "' has not connected yet; an mqttConnect or mqttSendBytes step "
                    + "for it must come first");
        }
        return session;
    }

    /** The open session of {@code name}, or null when it has none or its connection has closed. */
    MqttSession open(String name) {
        MqttSession session = sessions.get(name);
        return session == null || session.client().isClosed() ? null : session;
    }

    /** Makes {@code session} the one of {@code name}; returns the one it replaces (closed now), or null. */
    MqttSession put(String name, MqttSession session) {
        MqttSession old = sessions.put(name, session);
        if (old != null && old != session) {
            old.close();
        }
        return old;
    }

    /** Records in the trace what the suite observed where the standard allows several behaviours. */
    /**
     * Stops the step INCONCLUSIVE when the broker has sent {@code session} not one MQTT packet and its
     * endpoint, named plain in the descriptor, speaks TLS: its silence or close was the TLS server's, not
     * an answer.
     */
    static void requireMqttSpoken(ClauseContext context, MqttSession session, Duration timeout) {
        if (session.client().silentTlsEndpoint(timeout)) {
            throw StepFailure.inconclusive("the broker at " + context.platform().mqtt().tcpUri() + " sent no MQTT "
                    + "packet, and it speaks TLS: the descriptor names it without tls; expected mqtt.tls: {…} for a "
                    + "TLS port (e.g. 8883)");
        }
    }

    static void note(MessageTrace trace, String client, String behaviour, String detail) {
        trace.received("check", "OBSERVED", client, MessageTrace.attributes("behaviour", behaviour), detail);
    }

    @Override
    public void close() {
        sessions.values().forEach(MqttSession::close);
        sessions.clear();
    }
}
