package org.thingconform.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The events one stream subscription has read, in arrival order, for steps to await. A wait takes the
 * first event its condition accepts and leaves the others for later waits; it wakes on each arrival and
 * is bounded by its timeout. Thread-safe: the stream's reader adds from its own thread.
 */
public final class Lwm2mEventLog {

    private final List<Lwm2mServerEvent> pending = new ArrayList<>();
    private final List<Lwm2mServerEvent> all = new ArrayList<>();
    private String ended;

    synchronized void add(Lwm2mServerEvent event) {
        pending.add(event);
        all.add(event);
        notifyAll();
    }

    /** The stream ended (the server closed it, or it broke): {@code why} is told to waits that find nothing. */
    synchronized void end(String why) {
        if (ended == null) {
            ended = why;
        }
        notifyAll();
    }

    /** Why the stream ended, when it did. */
    public synchronized Optional<String> ended() {
        return Optional.ofNullable(ended);
    }

    /** Takes the first event not yet taken that {@code wanted} accepts, waiting at most {@code timeout}. */
    public synchronized Optional<Lwm2mServerEvent> await(Predicate<Lwm2mServerEvent> wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            for (Iterator<Lwm2mServerEvent> it = pending.iterator(); it.hasNext(); ) {
                Lwm2mServerEvent event = it.next();
                if (wanted.test(event)) {
                    it.remove();
                    return Optional.of(event);
                }
            }
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (left <= 0 || ended != null) {
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

    /** Every event read so far, taken or not, in arrival order. */
    public synchronized List<Lwm2mServerEvent> all() {
        return List.copyOf(all);
    }
}
