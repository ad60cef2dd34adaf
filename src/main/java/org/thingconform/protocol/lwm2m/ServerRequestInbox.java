package org.thingconform.protocol.lwm2m;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.thingconform.protocol.Mailbox;

/**
 * Every request the server sent to the client, in arrival order, for steps to await. A wait
 * takes the first request its condition accepts and leaves the others for later waits; it is
 * event-driven, bounded by its timeout. Thread-safe: Californium delivers from its own threads.
 */
public final class ServerRequestInbox {

    private final Mailbox<ServerRequest> pending = new Mailbox<>();
    private final List<ServerRequest> all = new ArrayList<>();

    void add(ServerRequest request) {
        synchronized (all) {
            all.add(request);
        }
        pending.add(request);
    }

    /** Takes the first request not yet taken that {@code wanted} accepts, waiting at most {@code timeout}. */
    public Optional<ServerRequest> await(Predicate<ServerRequest> wanted, Duration timeout) {
        return pending.take(wanted, timeout);
    }

    /** Takes the first request of {@code method} on {@code path}, waiting at most {@code timeout}. */
    public Optional<ServerRequest> await(String method, String path, Duration timeout) {
        return await(r -> r.is(method, path), timeout);
    }

    /** Every request received so far, taken or not, in arrival order. */
    public List<ServerRequest> all() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    /** The requests no wait has taken yet, in arrival order. */
    public List<ServerRequest> untaken() {
        return pending.untaken();
    }
}
