package org.thingconform.device;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.thingconform.protocol.mqtt.MqttSession;
import org.thingconform.protocol.mqtt.ReceivedMessage;

/**
 * Waits for the next message on a topic that satisfies a condition, keeping the others
 * for later waits: on a topic several flows share (Tencent's down topic carries both
 * report replies and control requests) a wait for one must not swallow the other.
 * Waiting is event-driven: it blocks on the session's queue, bounded by the timeout.
 */
final class Inbox {

    private final MqttSession session;
    private final Map<String, List<ReceivedMessage>> kept = new HashMap<>();

    Inbox(MqttSession session) {
        this.session = session;
    }

    /** Forgets every message kept or queued. */
    void clear() {
        kept.clear();
        session.discardReceived();
    }

    Optional<ReceivedMessage> await(String topic, Predicate<ReceivedMessage> wanted, Duration timeout) {
        List<ReceivedMessage> earlier = kept.computeIfAbsent(topic, t -> new ArrayList<>());
        for (ReceivedMessage message : earlier) {
            if (wanted.test(message)) {
                earlier.remove(message);
                return Optional.of(message);
            }
        }
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                return Optional.empty();
            }
            Optional<ReceivedMessage> next = session.awaitMessage(topic, left);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            if (wanted.test(next.get())) {
                return next;
            }
            earlier.add(next.get());
        }
    }
}
