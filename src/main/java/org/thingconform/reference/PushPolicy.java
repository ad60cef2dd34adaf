package org.thingconform.reference;

import java.time.Duration;

/**
 * How the reference platform delivers pushes to a peer's callback: the wait before the first
 * retry (doubled for each further one, up to {@code maxBackoff}), how many attempts a push gets
 * in all, and how long one attempt may take. Short and bounded, so tests of retries stay fast.
 */
record PushPolicy(Duration initialBackoff, Duration maxBackoff, int maxAttempts, Duration attemptTimeout) {

    /** 50 ms, 100 ms, 200 ms … at most 1 s between attempts, 6 attempts, 2 s each. */
    static final PushPolicy DEFAULT = new PushPolicy(Duration.ofMillis(50), Duration.ofSeconds(1), 6,
            Duration.ofSeconds(2));

    PushPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a push needs at least one attempt");
        }
    }

    /** The wait before attempt {@code next} (2 for the first retry). */
    Duration backoffBefore(int next) {
        long millis = initialBackoff.toMillis() << Math.min(20, Math.max(0, next - 2));
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
