package org.thingconform.protocol.lwm2m;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every request the server sent to the client, in arrival order, for steps to await. A wait
 * takes the first request its condition accepts and leaves the others for later waits; it is
 * event-driven, bounded by its timeout. Thread-safe: Californium delivers from its own threads.
 */
public final class ServerRequestInbox {

    private final List<ServerRequest> pending = new ArrayList<>();
    private final List<ServerRequest> all = new ArrayList<>();

    synchronized void add(ServerRequest request) {
        pending.add(request);
        all.add(request);
        notifyAll();
    }

    /** Takes the first request not yet taken that {@code wanted} accepts, waiting at most {@code timeout}. */
    public synchronized Optional<ServerRequest> await(Predicate<ServerRequest> wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            for (Iterator<ServerRequest> it = pending.iterator(); it.hasNext(); ) {
                ServerRequest request = it.next();
                if (wanted.test(request)) {
                    it.remove();
                    return Optional.of(request);
                }
            }
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (left <= 0) {
                return Optional.empty();
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** Takes the first request of {@code method} on {@code path}, waiting at most {@code timeout}. */
    public Optional<ServerRequest> await(String method, String path, Duration timeout) {
        return await(r -> r.is(method, path), timeout);
    }

    /** Every request received so far, taken or not, in arrival order. */
    public synchronized List<ServerRequest> all() {
        return List.copyOf(all);
    }

    /** The requests no wait has taken yet, in arrival order. */
    public synchronized List<ServerRequest> untaken() {
        return List.copyOf(pending);
    }
}
