package org.thingconform.protocol.lwm2m;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.californium.core.observe.ObserveRelation;
import org.eclipse.californium.core.server.resources.ResourceObserverAdapter;

/**
 * The Observe relations the server holds on the simulated client, by token (hex), as Californium's
 * resource reports them: a relation starts with a GET carrying Observe 0 and ends with a GET carrying
 * Observe 1, an RST answering a notification (a passive cancel), or a notification that times out. Steps
 * ask whether a relation is still there and await its end. Thread-safe.
 */
public final class ObserveRelations extends ResourceObserverAdapter {

    private final Map<String, String> active = new LinkedHashMap<>();

    @Override
    public synchronized void addedObserveRelation(ObserveRelation relation) {
        active.put(token(relation), ObservationTimer.observedPath(relation).map(Object::toString).orElse("?"));
        notifyAll();
    }

    @Override
    public synchronized void removedObserveRelation(ObserveRelation relation) {
        active.remove(token(relation));
        notifyAll();
    }

    /** Whether the relation of {@code token} (hex) is still held. */
    public synchronized boolean active(String token) {
        return active.containsKey(token);
    }

    /** The relations held now: token (hex) → observed path. */
    public synchronized Map<String, String> all() {
        return Map.copyOf(active);
    }

    /** Waits at most {@code timeout} for the relation of {@code token} to end; true when it has. */
    public synchronized boolean awaitEnd(String token, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (active.containsKey(token)) {
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (left <= 0) {
                return false;
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static String token(ObserveRelation relation) {
        return relation.getExchange().getRequest().getTokenString();
    }
}
