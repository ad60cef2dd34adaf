package org.thingconform.protocol.mqtt;

import java.time.Duration;
import java.util.Optional;
import javax.net.SocketFactory;
import org.thingconform.platform.Endpoint;
import org.thingconform.protocol.ConnectOutcome;
import org.thingconform.protocol.Unreachable;
import org.thingconform.protocol.tls.ClientKey;
import org.thingconform.protocol.tls.TlsFailure;
import org.thingconform.protocol.tls.TlsObservation;
import org.thingconform.protocol.tls.TlsProbe;
import org.thingconform.protocol.tls.TlsSettings;
import org.thingconform.protocol.tls.TlsSocketFactory;
import org.thingconform.trace.MessageTrace;

/**
 * What the MQTT clients share about TLS: the socket factory for an endpoint (plain, or TLS with
 * the endpoint's settings and the client's certificate), the handshake line of the trace, and
 * the verdict-ready outcome of a handshake that failed.
 */
public final class MqttTls {

    private final Endpoint endpoint;
    private final TlsSettings settings;
    private final TlsObservation observation = new TlsObservation();

    /** TLS for {@code endpoint} (plain when it is not secured), presenting {@code clientKey} when not null. */
    public MqttTls(Endpoint endpoint, ClientKey clientKey) {
        this.endpoint = endpoint;
        this.settings = endpoint.secure() ? endpoint.tls().withClientKey(clientKey) : null;
    }

    /** Whether the connection is TLS. */
    public boolean secure() {
        return settings != null;
    }

    /** The settings in force, or null for a plain connection. */
    public TlsSettings settings() {
        return settings;
    }

    /** A factory for the connection's socket: TLS with the settings, or a plain one with Nagle off. */
    public SocketFactory socketFactory() {
        return secure() ? new TlsSocketFactory(settings, endpoint.host(), observation) : new NoDelaySocketFactory();
    }

    /** Traces the handshake the connection negotiated (protocol, cipher suite, the server's subject). */
    public void traceHandshake(MessageTrace trace, String protocol) {
        if (!secure()) {
            return;
        }
        observation.handshake().ifPresent(h -> trace.received(protocol, "TLS-HANDSHAKE", endpoint.tcpUri(),
                MessageTrace.attributes("protocol", h.protocol(), "cipherSuite", h.cipherSuite(), "server",
                        String.valueOf(h.peer()), "clientCertificate", settings.clientKey() == null ? "none"
                                : settings.clientKey().subject(), "verifyHostname",
                        String.valueOf(settings.verifyHostname())), ""));
    }

    /**
     * For a plain endpoint that closed a connection without CONNACK: when it speaks TLS (the descriptor
     * lacks its {@code tls} block), the outcome saying so, as a connection that could not be secured.
     */
    public Optional<ConnectOutcome> plainToTlsEndpoint(Duration timeout) {
        if (secure() || !TlsProbe.speaksTls(endpoint.host(), endpoint.port(), timeout)) {
            return Optional.empty();
        }
        return Optional.of(new ConnectOutcome(ConnectOutcome.Kind.TLS_FAILED, -1, "the broker at " + endpoint.tcpUri()
                + " closed the connection without CONNACK, and it speaks TLS: the descriptor names it without tls; "
                + "expected mqtt.tls: {…} for a TLS port (e.g. 8883)"));
    }

    /** The failure of the TLS handshake behind {@code error}, when there was one. */
    public Optional<TlsFailure> failure(Throwable error) {
        return secure() ? TlsFailure.of(error, endpoint.tcpUri(), settings, observation) : Optional.empty();
    }

    /**
     * The outcome of a connect that failed with {@code error} before MQTT could answer, traced: the TLS
     * handshake failed, or the broker could not be reached at all; empty for any other failure.
     */
    public Optional<ConnectOutcome> notConnected(Throwable error, MessageTrace trace, String protocol) {
        Optional<ConnectOutcome> tls = failure(error).map(ConnectOutcome::of);
        Optional<ConnectOutcome> outcome = tls.or(() -> Unreachable.outcome(error, endpoint.tcpUri()));
        outcome.ifPresent(o -> trace.received(protocol, tls.isPresent() ? "TLS-FAILED" : "UNREACHABLE",
                endpoint.tcpUri(), java.util.Map.of(), o.detail()));
        return outcome;
    }
}
