package org.thingconform.engine.step;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.security.Security;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLSocket;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.Endpoint;
import org.thingconform.platform.NorthboundApi;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.step.TlsHandshakeStep;
import org.thingconform.protocol.Unreachable;
import org.thingconform.protocol.tls.TlsFailure;
import org.thingconform.protocol.tls.TlsObservation;
import org.thingconform.protocol.tls.TlsSettings;
import org.thingconform.protocol.tls.TlsSocketFactory;
import org.thingconform.trace.MessageTrace;

/**
 * Tries one TLS handshake with an endpoint of the platform, offering the step's versions and
 * cipher suites with the descriptor's trust, and judges the outcome: accepted (and negotiating
 * what the step allows) or refused, as the step expects. A handshake the suite itself cannot make
 * (a version this JVM disables, a certificate it cannot trust, an endpoint it cannot reach) decides
 * nothing: INCONCLUSIVE, saying why.
 */
final class TlsHandshakeExecutor implements StepExecutor<TlsHandshakeStep> {

    private static final String PROTOCOL = "tls";

    /** An endpoint's address and its TLS settings. */
    private record Target(String host, int port, TlsSettings tls, String where) {
    }

    @Override
    public void execute(TlsHandshakeStep step, ClauseContext context) {
        Target target = target(step.endpoint(), context.platform());
        disabledInThisJvm(step.versions()).ifPresent(version -> {
            throw StepFailure.inconclusive("this JVM does not offer " + version + " (jdk.tls.disabledAlgorithms in its "
                    + "java.security); to check it, run with THINGCONFORM_JAVA_OPTS=-Djava.security.properties=FILE "
                    + "where FILE sets jdk.tls.disabledAlgorithms without " + version);
        });
        TlsSettings offered = new TlsSettings(target.tls().trust(),
                step.versions().isEmpty() ? target.tls().versions() : step.versions(),
                step.cipherSuites().isEmpty() ? target.tls().cipherSuites() : step.cipherSuites(),
                target.tls().serverName(), target.tls().verifyHostname(), target.tls().clientKey(), null, false);
        MessageTrace trace = context.trace();
        trace.sent(PROTOCOL, "CLIENT-HELLO", target.where(), MessageTrace.attributes("versions",
                offered.versions().isEmpty() ? "the JVM's" : offered.versions().toString(), "cipherSuites",
                offered.cipherSuites().isEmpty() ? "the JVM's" : offered.cipherSuites().toString()), "");
        TlsObservation observation = new TlsObservation();
        Duration timeout = context.profile().timeouts().reply();
        String offer = "a handshake offering " + (step.versions().isEmpty() ? "the endpoint's versions" : step.versions())
                + (step.cipherSuites().isEmpty() ? "" : " with " + step.cipherSuites());
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(target.host(), target.port()), (int) timeout.toMillis());
            plain.setSoTimeout((int) timeout.toMillis());
            try (SSLSocket socket = (SSLSocket) new TlsSocketFactory(offered, target.host(), observation)
                    .createSocket(plain, target.host(), target.port(), true)) {
                socket.startHandshake();
                String protocol = socket.getSession().getProtocol();
                String suite = socket.getSession().getCipherSuite();
                trace.received(PROTOCOL, "TLS-HANDSHAKE", target.where(), MessageTrace.attributes("protocol", protocol,
                        "cipherSuite", suite), "");
                if (!step.accepted()) {
                    throw StepFailure.fail("expected the " + step.endpoint() + " endpoint " + target.where()
                            + " to refuse " + offer + "; observed it accepted with " + protocol + " " + suite);
                }
                if (!step.negotiated().isEmpty() && !step.negotiated().contains(protocol)) {
                    throw StepFailure.fail("expected " + offer + " to the " + step.endpoint() + " endpoint "
                            + target.where() + " to negotiate " + String.join(" or ", step.negotiated())
                            + "; observed " + protocol + " " + suite);
                }
            }
        } catch (IOException e) {
            judgeFailure(step, target, offered, observation, e, offer, trace);
        }
    }

    private static void judgeFailure(TlsHandshakeStep step, Target target, TlsSettings offered,
                                     TlsObservation observation, IOException e, String offer, MessageTrace trace) {
        Optional<String> unreachable = Unreachable.why(e, target.where());
        if (unreachable.isPresent()) {
            throw StepFailure.inconclusive(unreachable.get());
        }
        TlsFailure failure = TlsFailure.of(e, target.where(), offered, observation).orElse(null);
        String reason = failure == null ? String.valueOf(e.getMessage()) : failure.reason();
        trace.received(PROTOCOL, "TLS-REFUSED", target.where(), MessageTrace.attributes("reason", reason), "");
        if (failure == null || failure.kind() != TlsFailure.Kind.HANDSHAKE) {
            // the suite could not trust the server, or the server wants a client certificate: no verdict on versions
            throw StepFailure.inconclusive("could not judge " + offer + " to the " + step.endpoint() + " endpoint: "
                    + reason);
        }
        if (step.accepted()) {
            throw StepFailure.fail("expected the " + step.endpoint() + " endpoint " + target.where() + " to accept "
                    + offer + "; observed it refused: " + reason);
        }
    }

    /** The endpoint's address and TLS settings; a setup error when it is not secured. */
    private static Target target(String endpoint, PlatformDescriptor platform) {
        switch (endpoint) {
            case "mqtt" -> {
                Endpoint mqtt = platform.mqtt();
                if (mqtt == null || !mqtt.secure()) {
                    throw notSecured(endpoint, "mqtt: {host, port, tls: {…}}");
                }
                return new Target(mqtt.host(), mqtt.port(), mqtt.tls(), mqtt.tcpUri());
            }
            case "http" -> {
                return url(endpoint, platform.http(), platform.tls());
            }
            default -> {
                NorthboundApi api = endpoint.equals("northbound") ? platform.northbound()
                        : platform.interconnection().orElse(null);
                return url(endpoint, api == null ? null : api.baseUrl(), api == null ? null : api.tls());
            }
        }
    }

    private static Target url(String endpoint, String url, TlsSettings tls) {
        if (url == null || !url.startsWith("https:") || tls == null) {
            throw notSecured(endpoint, "an https baseUrl");
        }
        URI uri = URI.create(url);
        return new Target(uri.getHost(), uri.getPort() < 0 ? 443 : uri.getPort(), tls, url);
    }

    private static StepFailure notSecured(String endpoint, String expected) {
        return StepFailure.error("the descriptor's " + endpoint + " endpoint is not secured with TLS; expected " + expected);
    }

    /** The first of {@code versions} this JVM's security properties disable, if any. */
    private static Optional<String> disabledInThisJvm(List<String> versions) {
        String disabled = Optional.ofNullable(Security.getProperty("jdk.tls.disabledAlgorithms")).orElse("");
        List<String> names = Arrays.stream(disabled.split(",")).map(String::trim).toList();
        return versions.stream().filter(names::contains).findFirst();
    }
}
