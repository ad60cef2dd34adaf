package org.thingconform.protocol.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.thingconform.profile.TransportSettings;
import org.thingconform.profile.step.TokenUse;
import org.thingconform.protocol.ConnectOutcome;
import org.thingconform.protocol.DeviceToken;
import org.thingconform.protocol.DeviceTransport;
import org.thingconform.protocol.ReceivedMessage;
import org.thingconform.protocol.ReceivedMessages;
import org.thingconform.protocol.SignInRequest;
import org.thingconform.protocol.TraceMasking;
import org.thingconform.protocol.Unreachable;
import org.thingconform.protocol.tls.ClientKey;
import org.thingconform.protocol.tls.TlsFailure;
import org.thingconform.protocol.tls.TlsObservation;
import org.thingconform.protocol.tls.TlsSettings;
import org.thingconform.trace.MessageTrace;

/**
 * A device's HTTP transport on the JDK {@link HttpClient}: signs in with a POST to the
 * binding's auth resource and keeps the token it gets, sends uplinks as POSTs carrying the
 * token in the header the binding names (the response is the platform's reply), and fetches
 * downlinks by polling each command resource: a long poll ({@code GET …?waitMs=}, the platform
 * holds it until a command arrives) or a GET every interval, as the binding declares. A
 * command answered {@code 200} with a body is a downlink on that path; {@code 204} is none.
 * Every request and response goes to the trace with its method, URL, status, headers (the
 * token masked) and body (secrets masked).
 */
public final class HttpDeviceTransport implements DeviceTransport {

    private static final String PROTOCOL = "http";
    private final String baseUrl;
    private final TlsSettings tls;
    private final TlsObservation observation = new TlsObservation();
    private volatile HttpClient client;
    private final TransportSettings settings;
    private volatile MessageTrace trace;
    private final ReceivedMessages received = new ReceivedMessages();
    private final List<CompletableFuture<?>> inFlight = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final DeviceToken token = new DeviceToken();
    private Duration timeout = Duration.ofSeconds(5);

    public HttpDeviceTransport(String baseUrl, TransportSettings settings, MessageTrace trace) {
        this(baseUrl, null, settings, trace);
    }

    /** A transport to {@code baseUrl}, secured with {@code tls} for an https URL (null: plain HTTP). */
    public HttpDeviceTransport(String baseUrl, TlsSettings tls, TransportSettings settings, MessageTrace trace) {
        this.baseUrl = baseUrl;
        this.tls = tls;
        this.settings = settings;
        this.trace = trace;
        this.client = HttpClients.client(baseUrl, tls, observation);
    }

    @Override
    public void presentCertificate(ClientKey key) {
        if (tls != null) {
            client = HttpClients.client(baseUrl, tls.withClientKey(key), observation);
        }
    }

    @Override
    public ConnectOutcome connect(String clientId, String username, String password, Duration timeout) {
        this.timeout = timeout;
        HttpResponse<String> response;
        try {
            String body = SignInRequest.body(clientId, username, password);
            response = send(post(settings.auth(), body, TokenUse.NONE).timeout(timeout).build(), body);
        } catch (HttpTimeoutException e) {
            return new ConnectOutcome(ConnectOutcome.Kind.NO_ANSWER, -1, "no response to the sign-in POST "
                    + settings.auth() + " within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            if (tls != null) {
                Optional<TlsFailure> failure = TlsFailure.of(e, baseUrl, tls, observation);
                if (failure.isPresent()) {
                    return ConnectOutcome.of(failure.get());
                }
            }
            return Unreachable.outcome(e, "HTTP endpoint " + baseUrl).orElse(new ConnectOutcome(
                    ConnectOutcome.Kind.UNREACHABLE, -1, "HTTP endpoint " + baseUrl + " not reachable: " + e));
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            return new ConnectOutcome(ConnectOutcome.Kind.REFUSED, status, "sign-in refused with HTTP " + status);
        }
        Optional<String> issued = SignInRequest.token(response.body());
        if (issued.isEmpty()) {
            return new ConnectOutcome(ConnectOutcome.Kind.REFUSED, status, "sign-in answered HTTP " + status
                    + " without a token");
        }
        token.issued(issued.get());
        return new ConnectOutcome(ConnectOutcome.Kind.ACCEPTED, 0, "sign-in accepted with HTTP " + status
                + ", token issued");
    }

    /**
     * Polls each command resource once at once (a resource that does not answer 2xx is refused,
     * 128), then keeps polling it in the background until {@link #close()}.
     */
    @Override
    public List<Integer> subscribe(List<String> filters, Duration timeout) {
        List<Integer> granted = new ArrayList<>();
        for (String path : filters) {
            try {
                boolean ok = pollOnce(path, Duration.ZERO);
                granted.add(ok ? 1 : 128);
                if (ok) {
                    Thread poller = new Thread(() -> pollLoop(path), "http-poll " + path);
                    poller.setDaemon(true);
                    poller.start();
                }
            } catch (IOException e) {
                throw new HttpTransportException("polling " + path + " failed: " + e.getMessage(), e);
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
        try {
            HttpResponse<String> response = send(post(topic, payload, use).timeout(timeout).build(), payload);
            return Optional.of(message(topic, response));
        } catch (HttpTimeoutException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new HttpTransportException("POST to " + topic + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<ReceivedMessage> awaitMessage(String topicFilter, Predicate<ReceivedMessage> wanted,
                                                  Duration timeout) {
        return received.take(m -> m.topic().equals(topicFilter) && wanted.test(m), timeout);
    }

    @Override
    public boolean isConnected() {
        return token.present() && closed.getCount() > 0;
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
        closed.countDown();
        token.forget();
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
    }

    private void pollLoop(String path) {
        TransportSettings.Poll poll = settings.poll();
        while (closed.getCount() > 0) {
            try {
                pollOnce(path, poll.longPoll() ? poll.hold() : Duration.ZERO);
                if (!poll.longPoll() && closed.await(poll.hold().toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (IOException | RuntimeException e) {
                if (closed.getCount() == 0) {
                    return;
                }
                trace.received(PROTOCOL, "POLL-FAILED", baseUrl + path, Map.of(), String.valueOf(e.getMessage()));
                try {
                    // a failed poll (platform gone) is retried after the poll timeout, not in a tight loop
                    if (closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One GET of the command resource; a 200 with a body is a downlink. Returns whether the status was 2xx. */
    private boolean pollOnce(String path, Duration hold) throws IOException {
        String query = hold.isZero() ? "" : "?waitMs=" + hold.toMillis();
        HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(baseUrl + path + query)).GET()
                .timeout(timeout.plus(hold));
        get.header(settings.tokenName(), token.value(TokenUse.VALID));
        HttpResponse<String> response = send(get.build(), "");
        if (closed.getCount() == 0) {
            return false;
        }
        if (response.statusCode() == 200 && !response.body().isEmpty()) {
            received.add(message(path, response));
        }
        return response.statusCode() / 100 == 2;
    }

    private HttpRequest.Builder post(String path, String body, TokenUse use) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (use != TokenUse.NONE) {
            builder.header(settings.tokenName(), token.value(use));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request, String body) throws IOException {
        trace.sent(PROTOCOL, request.method(), request.uri().toString(), MessageTrace.attributes("method",
                request.method(), "url", request.uri().toString(), "headers",
                TraceMasking.headers(new TreeMap<>(request.headers().map()))), TraceMasking.payload(body));
        CompletableFuture<HttpResponse<String>> future = client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        inFlight.add(future);
        try {
            HttpResponse<String> response = future.get();
            Map<String, String> attributes = new java.util.LinkedHashMap<>(MessageTrace.attributes("status",
                    String.valueOf(response.statusCode()), "headers", TraceMasking.headers(contentHeaders(response))));
            HttpClients.session(response).ifPresent(session -> attributes.put("tls", session));
            trace.received(PROTOCOL, "HTTP " + response.statusCode(), request.uri().toString(), attributes,
                    TraceMasking.payload(response.body()));
            return response;
        } catch (CancellationException e) {
            throw new IOException("request cancelled: the device closed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException timeoutException) {
                trace.received(PROTOCOL, "NO-RESPONSE", request.uri().toString(), Map.of(), "timed out");
                throw timeoutException;
            }
            if (cause instanceof ConnectException || cause instanceof IOException) {
                throw (IOException) cause;
            }
            throw new IOException(String.valueOf(cause), cause);
        } finally {
            inFlight.remove(future);
        }
    }

    private static Map<String, List<String>> contentHeaders(HttpResponse<String> response) {
        Map<String, List<String>> shown = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":") && !name.equalsIgnoreCase("date")) {
                shown.put(name, values);
            }
        });
        return shown;
    }


    private static ReceivedMessage message(String path, HttpResponse<String> response) {
        return new ReceivedMessage(path, response.body(), 1, false, 0, Instant.now(),
                String.valueOf(response.statusCode()), null);
    }
}
