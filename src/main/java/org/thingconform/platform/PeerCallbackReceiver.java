package org.thingconform.platform;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.thingconform.trace.MessageTrace;

/**
 * The peer platform's callback endpoint for pushes: a JDK {@link HttpServer} (an HTTPS one when
 * the descriptor gives it a certificate) where {@link CallbackSettings} say, by default on a free
 * loopback port, announced by its public URL, that records every delivery (time, headers, raw body, the status it answered)
 * under the callback's name ({@code /callbacks/<name>}), checks the HMAC-SHA256 signature of
 * each when the descriptor says how pushes are signed, answers 204, or a scripted failure for
 * the first N deliveries of a callback, and lets steps wait for a delivery without polling.
 * Every delivery goes to the test's trace.
 */
public final class PeerCallbackReceiver implements AutoCloseable {

    private static final String ROOT = "/callbacks/";
    private static final int MAX_BODY_BYTES = 1 << 20;

    /**
     * One delivery as received.
     *
     * @param signature      the signature header's value, or null when there was none
     * @param signatureValid whether the signature is the HMAC-SHA256 of the body with the
     *                       descriptor's secret; null when unsigned or when no secret is known
     */
    public record Delivery(String callback, Instant receivedAt, Map<String, List<String>> headers, byte[] body,
                           int answered, String signature, Boolean signatureValid) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** Whether the callback accepted it (answered 2xx). */
        public boolean accepted() {
            return answered >= 200 && answered < 300;
        }
    }

    private record Failure(int remaining, int status) {
    }

    private final HttpServer server;
    private final String baseUrl;
    private final ExecutorService executor;
    private final MessageTrace trace;
    private final PushSettings push;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final Map<String, List<Delivery>> deliveries = new HashMap<>();
    private final Map<String, Failure> failures = new HashMap<>();

    private PeerCallbackReceiver(HttpServer server, ExecutorService executor, MessageTrace trace, PushSettings push,
                                 String baseUrl) {
        this.server = server;
        this.baseUrl = baseUrl;
        this.executor = executor;
        this.trace = trace;
        this.push = push;
    }

    /** Starts a receiver on a free loopback port that traces to {@code trace} and checks signatures as {@code push} says (may be null). */
    public static PeerCallbackReceiver start(MessageTrace trace, PushSettings push) {
        return start(trace, push, CallbackSettings.LOOPBACK);
    }

    /**
     * Starts a receiver where {@code settings} say (address, port, HTTPS with their certificate), announcing
     * their public URL; a failure to listen there is an {@link UncheckedIOException} whose message names the
     * address and port and what was expected.
     */
    public static PeerCallbackReceiver start(MessageTrace trace, PushSettings push, CallbackSettings settings) {
        HttpServer server = CallbackBinding.listen(settings);
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "thingconform-peer-callback");
            thread.setDaemon(true);
            return thread;
        });
        PeerCallbackReceiver receiver = new PeerCallbackReceiver(server, executor, trace, push,
                CallbackBinding.baseUrl(settings, server));
        server.createContext(ROOT, receiver::handle);
        String publicPath = URI.create(receiver.baseUrl).getRawPath();
        if (!publicPath.isEmpty() && !publicPath.equals("/")) {
            // behind a proxy that passes the path on as it is, the platform calls <publicPath>/callbacks/<name>
            server.createContext(publicPath + ROOT, receiver::handle);
        }
        server.setExecutor(executor);
        server.start();
        return receiver;
    }

    /** The URL the platform is to push to for callback {@code name}: the public URL, then {@code /callbacks/<name>}. */
    public String callbackUrl(String name) {
        return baseUrl + ROOT + name;
    }

    /** The address and port the receiver listens on (which the public URL may not show). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Answers the next {@code count} deliveries to callback {@code name} with {@code status} (e.g. 503). */
    public void failNext(String name, int count, int status) {
        lock.lock();
        try {
            failures.put(name, new Failure(count, status));
        } finally {
            lock.unlock();
        }
    }

    /** The deliveries to callback {@code name} so far, oldest first. */
    public List<Delivery> deliveries(String name) {
        lock.lock();
        try {
            return List.copyOf(deliveries.getOrDefault(name, List.of()));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until callback {@code name} has received more than {@code index} deliveries, at most
     * {@code timeout}, and returns delivery number {@code index} (0 is the first).
     */
    public Optional<Delivery> await(String name, int index, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (deliveries.getOrDefault(name, List.of()).size() <= index) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Optional.empty();
                }
                arrived.awaitNanos(left);
            }
            return Optional.of(deliveries.get(name).get(index));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getPath().substring(exchange.getHttpContext().getPath().length());
            byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES);
            String signature = push == null ? null : exchange.getRequestHeaders().getFirst(push.signatureHeader());
            Boolean valid = signature == null || push == null ? null : verify(signature, body);
            int status;
            lock.lock();
            try {
                Failure failure = failures.get(name);
                status = !"POST".equals(exchange.getRequestMethod()) ? 405
                        : failure != null && failure.remaining() > 0 ? failure.status() : 204;
                if (failure != null && failure.remaining() > 0) {
                    failures.put(name, new Failure(failure.remaining() - 1, failure.status()));
                }
                Map<String, List<String>> headers = new HashMap<>();
                exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
                deliveries.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(new Delivery(name, Instant.now(), Map.copyOf(headers), body, status, signature, valid));
                arrived.signalAll();
            } finally {
                lock.unlock();
            }
            Map<String, String> attributes = new LinkedHashMap<>(MessageTrace.attributes(
                    "signature", signature == null ? "none" : (valid == Boolean.TRUE ? "valid" : "invalid"),
                    "answered", String.valueOf(status)));
            if (exchange instanceof HttpsExchange https) {
                attributes.put("tls", https.getSSLSession().getProtocol() + " " + https.getSSLSession().getCipherSuite());
            }
            trace.received(exchange instanceof HttpsExchange ? "https" : "http", "push",
                    exchange.getRequestMethod() + " " + ROOT + name, attributes, new String(body, StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status, -1);
        }
    }

    private boolean verify(String signature, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(push.secret().reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = push.signaturePrefix() + HexFormat.of().formatHex(mac.doFinal(body));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    signature.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8))
                    || MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    signature.trim().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
