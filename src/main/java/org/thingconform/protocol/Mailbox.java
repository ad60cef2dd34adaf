package org.thingconform.protocol;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What arrived and no wait has taken yet, in arrival order: a wait takes the first item its condition
 * accepts and leaves the others for later waits. Waiting is event-driven, bounded by the timeout, and
 * ends early once the source has ended; thread-safe, as protocol libraries deliver from their own threads.
 *
 * @param <T> what arrives: a received message, a request a server sent
 */
public final class Mailbox<T> {

    private final List<T> items = new ArrayList<>();
    private String ended;

    /** Adds an item that just arrived and wakes the waiters. */
    public synchronized void add(T item) {
        items.add(item);
        notifyAll();
    }

    /** Takes the first item {@code wanted} accepts, waiting at most {@code timeout} for one to arrive. */
    public synchronized Optional<T> take(Predicate<? super T> wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            for (Iterator<T> it = items.iterator(); it.hasNext(); ) {
                T item = it.next();
                if (wanted.test(item)) {
                    it.remove();
                    return Optional.of(item);
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

    /**
     * Nothing more will arrive (the source closed or broke): waits that find nothing return at once.
     * {@code why} is kept for them to tell; the first reason stays.
     */
    public synchronized void end(String why) {
        if (ended == null) {
            ended = why;
        }
        notifyAll();
    }

    /** Why nothing more will arrive, when {@link #end} said so. */
    public synchronized Optional<String> ended() {
        return Optional.ofNullable(ended);
    }

    /** The items not yet taken, in arrival order. */
    public synchronized List<T> untaken() {
        return List.copyOf(items);
    }

    /** Forgets every item not yet taken. */
    public synchronized void clear() {
        items.clear();
    }
}
