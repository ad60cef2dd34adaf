package org.thingconform.protocol;

import java.time.Duration;
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

    private final Mailbox<ReceivedMessage> messages = new Mailbox<>();

    /** Adds a message that just arrived and wakes the waiters. */
    public void add(ReceivedMessage message) {
        messages.add(message);
    }

    /** Takes the first message {@code wanted} accepts, waiting at most {@code timeout} for one to arrive. */
    public Optional<ReceivedMessage> take(Predicate<ReceivedMessage> wanted, Duration timeout) {
        return messages.take(wanted, timeout);
    }

    /** The messages not yet taken, in arrival order. */
    public List<ReceivedMessage> untaken() {
        return messages.untaken();
    }

    /** Forgets every message not yet taken. */
    public void clear() {
        messages.clear();
    }
}
