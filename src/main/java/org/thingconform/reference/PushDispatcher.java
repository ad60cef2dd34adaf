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
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thingconform.platform.Secret;

/**
 * Delivers pushes to peer callbacks, one at a time and in the order they were queued
 * (at-least-once): each is POSTed as JSON, signed with HMAC-SHA256 over the raw body when its
 * subscription has a secret; a 5xx answer or no answer is retried with backoff
 * ({@link PushPolicy}); a push whose subscription was cancelled before delivery is dropped.
 */
final class PushDispatcher implements AutoCloseable {

    /** The header carrying {@code sha256=<hex HMAC-SHA256 of the body>}. */
    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";
    static final String SIGNATURE_PREFIX = "sha256=";

    private static final Logger LOG = LoggerFactory.getLogger(PushDispatcher.class);

    /** One push to deliver: where, the body, the signing secret (or null), and whether it is still wanted. */
    record Push(URI callback, byte[] body, Secret secret, BooleanSupplier wanted) {
    }

    private final PushPolicy policy;
    private final FaultSwitch faults;
    private final HttpClient http;
    private final ScheduledExecutorService executor;
    private final Deque<Push> queue = new ArrayDeque<>();
    private boolean running;
    private int attempt;

    PushDispatcher(PushPolicy policy, FaultSwitch faults) {
        this.policy = policy;
        this.faults = faults;
        this.http = HttpClient.newBuilder().connectTimeout(policy.attemptTimeout()).build();
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "thingconform-push");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues {@code push} behind every push queued before it. */
    synchronized void submit(Push push) {
        queue.add(push);
        if (!running) {
            running = true;
            attempt = 0;
            executor.execute(this::deliverHead);
        }
    }

    /** Drops every queued push. */
    synchronized void clear() {
        queue.clear();
    }

    private void deliverHead() {
        Push push;
        synchronized (this) {
            push = queue.peek();
            if (push == null) {
                running = false;
                return;
            }
            attempt++;
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
            if (done) {
                if (queue.peek() == push) {
                    queue.poll();
                }
                attempt = 0;
                if (executor.isShutdown()) {
                    return;
                }
                executor.execute(this::deliverHead);
            } else if (!executor.isShutdown()) {
                executor.schedule(this::deliverHead, policy.backoffBefore(attempt + 1).toMillis(), TimeUnit.MILLISECONDS);
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
