package org.thingconform.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.thingconform.protocol.Mailbox;

/**
 * The events one stream subscription has read, in arrival order, for steps to await. A wait takes the
 * first event its condition accepts and leaves the others for later waits; it wakes on each arrival and
 * is bounded by its timeout. Thread-safe: the stream's reader adds from its own thread.
 */
public final class Lwm2mEventLog {

    private final Mailbox<Lwm2mServerEvent> pending = new Mailbox<>();
    private final List<Lwm2mServerEvent> all = new ArrayList<>();

    void add(Lwm2mServerEvent event) {
        synchronized (all) {
            all.add(event);
            all.notifyAll();
        }
        pending.add(event);
    }

    /** The stream ended (the server closed it, or it broke): {@code why} is told to waits that find nothing. */
    void end(String why) {
        pending.end(why);
    }

    /** Why the stream ended, when it did. */
    public Optional<String> ended() {
        return pending.ended();
    }

    /** Takes the first event not yet taken that {@code wanted} accepts, waiting at most {@code timeout}. */
    public Optional<Lwm2mServerEvent> await(Predicate<Lwm2mServerEvent> wanted, Duration timeout) {
        return pending.take(wanted, timeout);
    }

    /**
     * Waits, at most {@code timeout}, until more than {@code seen} events have arrived, taking none: for a step
     * that asks something else again as soon as the server reports news.
     *
     * @return whether a new event arrived
     */
    public boolean awaitMoreThan(int seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (all) {
            long left;
            while (all.size() <= seen && (left = deadline - System.nanoTime()) > 0) {
                all.wait(Math.max(1, left / 1_000_000));
            }
            return all.size() > seen;
        }
    }

    /** Every event read so far, taken or not, in arrival order. */
    public List<Lwm2mServerEvent> all() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }
}
