package org.thingconform.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Property sets sent to devices and not yet answered, by message id, so that a
 * {@code set_reply} with code 200 can store the values that were set. Bounded: the
 * oldest unanswered sets are forgotten first.
 */
final class PendingSets {

    /** A set downlink: the device it went to and the params it carried. */
    record PendingSet(DeviceKey device, ObjectNode params) {
    }

    private static final int CAPACITY = 10_000;

    private final Map<String, PendingSet> pending = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PendingSet> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void add(String id, PendingSet set) {
        pending.put(id, set);
    }

    /** Forgets every unanswered set. */
    synchronized void clear() {
        pending.clear();
    }

    /** Removes and returns the set with {@code id} sent to {@code device}; empty when there is none. */
    synchronized Optional<PendingSet> take(DeviceKey device, String id) {
        PendingSet set = pending.get(id);
        if (set == null || !set.device().equals(device)) {
            return Optional.empty();
        }
        pending.remove(id);
        return Optional.of(set);
    }
}
