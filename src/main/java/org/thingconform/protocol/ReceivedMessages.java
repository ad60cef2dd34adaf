package org.thingconform.protocol;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The messages a session received and no test has taken yet, in arrival order. A wait
 * takes the first message a condition accepts and leaves the others for later waits: on
 * a topic several flows share (Tencent's down topic carries both report replies and
 * control requests) a wait for one must not swallow the other. Waiting is event-driven,
 * bounded by the timeout.
 */
public final class ReceivedMessages {

    private final List<ReceivedMessage> messages = new ArrayList<>();

    /** Adds a message that just arrived and wakes the waiters. */
    public synchronized void add(ReceivedMessage message) {
        messages.add(message);
        notifyAll();
    }

    /** Takes the first message {@code wanted} accepts, waiting at most {@code timeout} for one to arrive. */
    public synchronized Optional<ReceivedMessage> take(Predicate<ReceivedMessage> wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            for (Iterator<ReceivedMessage> it = messages.iterator(); it.hasNext(); ) {
                ReceivedMessage message = it.next();
                if (wanted.test(message)) {
                    it.remove();
                    return Optional.of(message);
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

    /** The messages not yet taken, in arrival order. */
    public synchronized List<ReceivedMessage> untaken() {
        return List.copyOf(messages);
    }

    /** Forgets every message not yet taken. */
    public synchronized void clear() {
        messages.clear();
    }
}
