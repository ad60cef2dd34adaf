package org.thingconform.reference;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thingconform.platform.Secret;

/**
 * Delivers pushes to peer callbacks, per subscription one at a time and in the order they were
 * queued (at-least-once): each is POSTed as JSON, signed with HMAC-SHA256 over the raw body when its
 * subscription has a secret; a 5xx answer or no answer is retried with backoff
 * ({@link PushPolicy}); a push whose subscription was cancelled before delivery is dropped. An https
 * callback is reached with the JVM's trust, or the context a test gives.
 */
final class PushDispatcher implements AutoCloseable {

    /** The header carrying {@code sha256=<hex HMAC-SHA256 of the body>}. */
    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";
    static final String SIGNATURE_PREFIX = "sha256=";

    private static final Logger LOG = LoggerFactory.getLogger(PushDispatcher.class);

    /** One push to deliver: its lane (the subscription), where, the body, the signing secret (or null), whether still wanted. */
    record Push(String lane, URI callback, byte[] body, Secret secret, BooleanSupplier wanted) {
    }

    /** The pushes of one subscription, delivered in order; a slow or dead callback holds up only its own lane. */
    private static final class Lane {
        private final Deque<Push> queue = new ArrayDeque<>();
        private boolean running;
        private int attempt;
    }

    private final PushPolicy policy;
    private final FaultSwitch faults;
    private final HttpClient http;
    private final ScheduledExecutorService executor;
    private final Map<String, Lane> lanes = new HashMap<>();

    /** A dispatcher that reaches https callbacks with the JVM's trust. */
    PushDispatcher(PushPolicy policy, FaultSwitch faults) {
        this(policy, faults, null);
    }

    /**
     * A dispatcher that reaches https callbacks with {@code tls} (e.g. one trusting a test's throwaway CA);
     * null: the JVM's default context.
     */
    PushDispatcher(PushPolicy policy, FaultSwitch faults, SSLContext tls) {
        this.policy = policy;
        this.faults = faults;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(policy.attemptTimeout());
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.http = builder.build();
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "thingconform-push-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues {@code push} behind every push of its lane queued before it. */
    synchronized void submit(Push push) {
        Lane lane = lanes.computeIfAbsent(push.lane(), k -> new Lane());
        lane.queue.add(push);
        if (!lane.running && !executor.isShutdown()) {
            lane.running = true;
            lane.attempt = 0;
            executor.execute(() -> deliverHead(lane));
        }
    }

    /** Drops every queued push. */
    synchronized void clear() {
        lanes.values().forEach(lane -> lane.queue.clear());
    }

    private void deliverHead(Lane lane) {
        Push push;
        int attempt;
        synchronized (this) {
            push = lane.queue.peek();
            if (push == null) {
                lane.running = false;
                return;
            }
            attempt = ++lane.attempt;
        }
        boolean done;
        if (!push.wanted().getAsBoolean()) {
            done = true;
        } else {
            int status = send(push);
            boolean retry = (status < 0 || status >= 500) && !faults.on(Fault.NO_RETRY_ON_5XX);
            done = !retry || attempt >= policy.maxAttempts();
            if (done && (status < 0 || status >= 500)) {
                LOG.debug("push to {} given up after {} attempt(s), last status {}", push.callback(), attempt, status);
            }
        }
        synchronized (this) {
            if (executor.isShutdown()) {
                return;
            }
            if (done) {
                if (lane.queue.peek() == push) {
                    lane.queue.poll();
                }
                lane.attempt = 0;
                executor.execute(() -> deliverHead(lane));
            } else {
                executor.schedule(() -> deliverHead(lane), policy.backoffBefore(attempt + 1).toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }
    }

    /** One attempt: the HTTP status, or -1 when the callback did not answer. */
    private int send(Push push) {
        HttpRequest.Builder request = HttpRequest.newBuilder(push.callback()).timeout(policy.attemptTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(push.body()));
        if (push.secret() != null && !faults.on(Fault.PUSH_UNSIGNED)) {
            request.header(SIGNATURE_HEADER, SIGNATURE_PREFIX + hmacSha256(push.secret(), push.body()));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Lower-case hex HMAC-SHA256 of {@code body} with {@code secret}. */
    static String hmacSha256(Secret secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
