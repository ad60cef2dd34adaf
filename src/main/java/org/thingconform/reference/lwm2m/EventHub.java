package org.thingconform.reference.lwm2m;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Fans the server's events out to the open event streams, each optionally limited to one endpoint.
 * A subscriber's queue is bounded; a stream that stops reading loses events rather than memory.
 */
final class EventHub implements AutoCloseable {

    private static final int QUEUE_LIMIT = 10_000;

    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** A stream's view of the events. */
    final class Subscription implements AutoCloseable {

        private final String endpoint;
        private final BlockingQueue<Lwm2mEvent> queue = new LinkedBlockingQueue<>(QUEUE_LIMIT);

        private Subscription(String endpoint) {
            this.endpoint = endpoint;
        }

        /** The next event, or empty after {@code timeoutMillis} (or once the hub is closed). */
        Optional<Lwm2mEvent> next(long timeoutMillis) throws InterruptedException {
            return closed ? Optional.empty() : Optional.ofNullable(queue.poll(timeoutMillis, TimeUnit.MILLISECONDS));
        }

        boolean open() {
            return !closed && subscriptions.contains(this);
        }

        @Override
        public void close() {
            subscriptions.remove(this);
        }
    }

    /** Subscribes to the events of {@code endpoint}, or of every endpoint when it is null. */
    Subscription subscribe(String endpoint) {
        Subscription subscription = new Subscription(endpoint);
        subscriptions.add(subscription);
        return subscription;
    }

    void publish(Lwm2mEvent event) {
        for (Subscription subscription : subscriptions) {
            if (subscription.endpoint == null || subscription.endpoint.equals(event.endpoint())) {
                subscription.queue.offer(event);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        subscriptions.clear();
    }
}
