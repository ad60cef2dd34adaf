package org.thingconform.protocol.coap;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.eclipse.californium.core.CoapClient;
import org.eclipse.californium.core.CoapHandler;
import org.eclipse.californium.core.CoapObserveRelation;
import org.eclipse.californium.core.CoapResponse;
import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.elements.AddressEndpointContext;
import org.eclipse.californium.elements.exception.ConnectorException;
import org.thingconform.platform.Endpoint;
import org.thingconform.profile.TransportSettings;
import org.thingconform.profile.step.TokenUse;
import org.thingconform.protocol.ConnectOutcome;
import org.thingconform.protocol.DeviceToken;
import org.thingconform.protocol.DeviceTransport;
import org.thingconform.protocol.ReceivedMessage;
import org.thingconform.protocol.ReceivedMessages;
import org.thingconform.protocol.SignInRequest;
import org.thingconform.protocol.TraceMasking;
import org.thingconform.protocol.tls.ClientKey;
import org.thingconform.protocol.tls.PreSharedKey;
import org.thingconform.protocol.tls.TlsFailure;
import org.thingconform.protocol.tls.TlsSettings;
import org.thingconform.trace.MessageTrace;

/**
 * A device's CoAP transport on Eclipse Californium: signs in with a confirmable POST to the
 * binding's auth resource and keeps the token it gets, sends uplinks as confirmable POSTs
 * carrying the token as a Uri-Query parameter (the binding names it), and receives downlinks
 * as notifications of an Observe relation on each command resource. Message ids, tokens,
 * retransmission and Observe ordering are Californium's; the device's endpoint is bound to
 * the wildcard address on an ephemeral port (so it reaches a platform on any host), and every
 * message goes to the trace.
 *
 * <p>For a secured endpoint ({@code coaps}) the endpoint runs on Scandium's DTLS connector
 * ({@link DtlsConnectors}): the device's pre-shared key, X.509 certificate or raw public key,
 * the descriptor's trust; the completed handshake goes to the trace as a {@code DTLS-HANDSHAKE}
 * entry (protocol, cipher suite, server or PSK identity), and a failed one becomes a refusal
 * (the server's alert, or its silence after the client's PSK-keyed Finished) or
 * {@code TLS_FAILED} (the client could not trust the server), explained by {@link DtlsFailures}
 * and traced as {@code DTLS-HANDSHAKE-FAILED}; only a server that never answers the handshake
 * is "no answer". The handshake is bounded by the connect timeout.
 */
public final class CaliforniumTransport implements DeviceTransport {

    private static final String PROTOCOL = "coap";

    private final Endpoint platform;
    private final TransportSettings settings;
    private volatile MessageTrace trace;
    private final ReceivedMessages received = new ReceivedMessages();
    private final List<CoapObserveRelation> relations = new CopyOnWriteArrayList<>();
    private CoapEndpoint endpoint;
    private CoapClient client;
    private final DeviceToken token = new DeviceToken();
    private volatile DtlsObservation observation;
    private TlsSettings tls;
    private ClientKey presentedKey;
    private PreSharedKey presentedPsk;

    public CaliforniumTransport(Endpoint platform, TransportSettings settings, MessageTrace trace) {
        this.platform = platform;
        this.settings = settings;
        this.trace = trace;
        this.tls = platform.tls();
    }

    /** From the next connect on, the DTLS handshake presents {@code key} (X.509, or its raw public key); null: none. */
    @Override
    public void presentCertificate(ClientKey key) {
        presentedKey = key;
    }

    /** From the next connect on, the DTLS handshake uses {@code psk} (null: the endpoint's). */
    @Override
    public void presentPsk(PreSharedKey psk) {
        presentedPsk = psk;
    }

    @Override
    public ConnectOutcome connect(String clientId, String username, String password, Duration timeout) {
        start(timeout);
        Request request = post(settings.auth(), SignInRequest.body(clientId, username, password));
        CoapResponse response;
        try {
            response = client.advanced(request);
        } catch (ConnectorException | IOException e) {
            Optional<TlsFailure> failure = dtlsFailure(e);
            if (failure.isPresent()) {
                return ConnectOutcome.of(failure.get());
            }
            if (DtlsFailures.timedOut(e)) {
                return noHandshake(timeout);
            }
            return new ConnectOutcome(ConnectOutcome.Kind.UNREACHABLE, -1, "CoAP endpoint " + platform.coapUri()
                    + " not reachable: " + e.getMessage());
        }
        if (response == null && platform.secure() && observation.handshake().isEmpty()) {
            Optional<TlsFailure> silence = DtlsFailures.silence(platform.coapUri(), observation, timeout);
            silence.ifPresent(this::traceFailure);
            return silence.map(ConnectOutcome::of).orElseGet(() -> noHandshake(timeout));
        }
        if (response == null) {
            return new ConnectOutcome(ConnectOutcome.Kind.NO_ANSWER, -1, "no response to the sign-in POST "
                    + settings.auth() + " within " + timeout.toMillis() + " ms");
        }
        String code = CoapTraceInterceptor.code(response.getCode());
        int number = response.getCode().codeClass * 100 + response.getCode().codeDetail;
        if (!response.isSuccess()) {
            return new ConnectOutcome(ConnectOutcome.Kind.REFUSED, number, "sign-in refused with " + code + " "
                    + response.getCode().name());
        }
        Optional<String> issued = SignInRequest.token(response.getResponseText());
        if (issued.isEmpty()) {
            return new ConnectOutcome(ConnectOutcome.Kind.REFUSED, number, "sign-in answered " + code
                    + " without a token in " + TraceMasking.payload(response.getResponseText()));
        }
        token.issued(issued.get());
        return new ConnectOutcome(ConnectOutcome.Kind.ACCEPTED, 0, "sign-in accepted with " + code + ", token issued");
    }

    @Override
    public List<Integer> subscribe(List<String> filters, Duration timeout) {
        List<Integer> granted = new ArrayList<>();
        for (String path : filters) {
            if (path.contains("+") || path.contains("#")) {
                throw new IllegalArgumentException("CoAP cannot observe the wildcard path " + path);
            }
            Request request = Request.newGet();
            address(request, path);
            request.setConfirmable(true);
            request.setObserve();
            request.getOptions().addUriQuery(settings.tokenName() + "=" + token.value(TokenUse.VALID));
            try {
                CoapObserveRelation relation = client.observeAndWait(request, new Notifications(path));
                org.eclipse.californium.core.coap.Response current = relation.getCurrentResponse();
                boolean observed = !relation.isCanceled() && current != null && current.getCode().isSuccess()
                        && current.getOptions().hasObserve();
                if (observed) {
                    relations.add(relation);
                } else {
                    relation.reactiveCancel();
                }
                granted.add(observed ? 1 : 128);
            } catch (ConnectorException | IOException e) {
                throw new CoapTransportException("Observe of " + path + " failed: " + explain(e), e);
            }
        }
        return granted;
    }

    @Override
    public Optional<ReceivedMessage> publish(String topic, String payload, int qos, Duration timeout) {
        return publish(topic, payload, timeout, TokenUse.VALID);
    }

    @Override
    public Optional<ReceivedMessage> publish(String topic, String payload, Duration timeout, TokenUse use) {
        Request request = post(topic, payload);
        if (use != TokenUse.NONE) {
            request.getOptions().addUriQuery(settings.tokenName() + "=" + token.value(use));
        }
        try {
            CoapResponse response = client.advanced(request);
            return Optional.ofNullable(response).map(r -> message(topic, r));
        } catch (ConnectorException | IOException e) {
            throw new CoapTransportException("POST to " + topic + " failed: " + explain(e), e);
        }
    }

    @Override
    public Optional<ReceivedMessage> awaitMessage(String topicFilter, Predicate<ReceivedMessage> wanted,
                                                  Duration timeout) {
        return received.take(m -> m.topic().equals(topicFilter) && wanted.test(m), timeout);
    }

    @Override
    public boolean isConnected() {
        return client != null && token.present();
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
        // forget the relations without a cancel request: the endpoint closes at once, and a
        // confirmable cancel would still be retransmitting; the platform drops the relation
        // when its next notification is not acknowledged
        relations.forEach(CoapObserveRelation::reactiveCancel);
        relations.clear();
        token.forget();
        if (client != null) {
            client.shutdown();
            client = null;
        }
        if (endpoint != null) {
            endpoint.destroy();
            endpoint = null;
        }
    }

    private void start(Duration timeout) {
        if (client != null) {
            close();
        }
        CoapEndpoint.Builder builder = new CoapEndpoint.Builder().setConfiguration(CoapConfiguration.standard());
        if (platform.secure()) {
            TlsSettings base = platform.tls();
            tls = new TlsSettings(base.trust(), base.versions(), base.cipherSuites(), base.serverName(),
                    base.verifyHostname(), presentedKey != null ? presentedKey : base.clientKey(),
                    presentedPsk != null ? presentedPsk : base.psk(), base.rawPublicKey());
            observation = new DtlsObservation(this::traceHandshake);
            try {
                builder.setConnector(DtlsConnectors.client(tls, observation));
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new CoapTransportException("cannot set up DTLS for " + platform.coapUri() + " ("
                        + tls.describe() + "): " + e.getMessage(), e);
            }
        } else {
            builder.setInetSocketAddress(new InetSocketAddress(0));
        }
        endpoint = builder.build();
        endpoint.addInterceptor(new CoapTraceInterceptor(() -> trace));
        try {
            endpoint.start();
        } catch (IOException e) {
            throw new CoapTransportException("cannot open a CoAP endpoint on an ephemeral UDP port: "
                    + e.getMessage(), e);
        }
        client = new CoapClient();
        client.setEndpoint(endpoint);
        client.setTimeout(timeout.toMillis());
    }

    /** The DTLS failure behind a request that could not be sent, traced; empty over plain CoAP or for other errors. */
    private Optional<TlsFailure> dtlsFailure(Exception error) {
        if (!platform.secure()) {
            return Optional.empty();
        }
        Optional<TlsFailure> failure = DtlsFailures.of(error, platform.coapUri(), platform.host(), tls, observation);
        failure.ifPresent(this::traceFailure);
        return failure;
    }

    private ConnectOutcome noHandshake(Duration timeout) {
        return new ConnectOutcome(ConnectOutcome.Kind.NO_ANSWER, -1, "no DTLS handshake with " + platform.coapUri()
                + " completed within " + timeout.toMillis() + " ms: the server did not answer (expected a DTLS server "
                + "on that UDP port)");
    }

    private String explain(Exception error) {
        return dtlsFailure(error).map(TlsFailure::reason).orElse(String.valueOf(error.getMessage()));
    }

    private void traceHandshake(DtlsObservation.Completed completed) {
        Map<String, String> attributes = MessageTrace.attributes("protocol", DtlsObservation.PROTOCOL,
                "cipherSuite", completed.cipherSuite());
        if (completed.peer() != null) {
            attributes.put("server", completed.peer());
        }
        if (completed.pskIdentity() != null) {
            attributes.put("pskIdentity", completed.pskIdentity());
        }
        trace.received(PROTOCOL, "DTLS-HANDSHAKE", platform.coapUri(), attributes, "");
    }

    private void traceFailure(TlsFailure failure) {
        trace.received(PROTOCOL, "DTLS-HANDSHAKE-FAILED", platform.coapUri(),
                MessageTrace.attributes("failure", failure.kind().name()), failure.reason());
    }

    /**
     * Addresses {@code request} to {@code path} on the platform; over DTLS with a descriptor
     * {@code serverName}, that name is the virtual host (SNI and the certificate's expected name).
     */
    private void address(Request request, String path) {
        request.setURI(platform.coapUri() + path);
        if (platform.secure() && tls.serverName() != null) {
            request.setDestinationContext(new AddressEndpointContext(request.getDestinationContext().getPeerAddress(),
                    tls.serverName(), null));
        }
    }

    private Request post(String path, String payload) {
        Request request = Request.newPost();
        address(request, path);
        request.setConfirmable(true);
        request.getOptions().setContentFormat(MediaTypeRegistry.APPLICATION_JSON);
        request.setPayload(payload);
        return request;
    }


    private static ReceivedMessage message(String path, CoapResponse response) {
        return new ReceivedMessage(path, response.getResponseText(), 1, false, response.advanced().getMID(),
                Instant.now(), CoapTraceInterceptor.code(response.getCode()), String.valueOf(response.advanced().getType()));
    }

    /** The handler of one Observe relation: each notification with a payload is a downlink on that path. */
    private final class Notifications implements CoapHandler {

        private final String path;

        Notifications(String path) {
            this.path = path;
        }

        @Override
        public void onLoad(CoapResponse response) {
            if (response.isSuccess() && response.getPayloadSize() > 0) {
                received.add(message(path, response));
            }
        }

        @Override
        public void onError() {
            // a failed notification leaves nothing to take; the trace shows what arrived
        }
    }
}
