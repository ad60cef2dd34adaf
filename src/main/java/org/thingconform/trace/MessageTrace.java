package org.thingconform.trace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ordered record of every message of one test, shared by all the devices and
 * clients the test uses. Thread-safe: protocol callbacks append from their own threads.
 */
public final class MessageTrace {

    private final List<TraceEntry> entries = new ArrayList<>();

    public void sent(String protocol, String kind, String address, Map<String, String> attributes, String payload) {
        add(new TraceEntry(Instant.now(), TraceEntry.Direction.SENT, protocol, kind, address, attributes, payload));
    }

    public void received(String protocol, String kind, String address, Map<String, String> attributes, String payload) {
        add(new TraceEntry(Instant.now(), TraceEntry.Direction.RECEIVED, protocol, kind, address, attributes, payload));
    }

    public synchronized void add(TraceEntry entry) {
        entries.add(entry);
    }

    /** A copy of the entries so far, in order. */
    public synchronized List<TraceEntry> entries() {
        return List.copyOf(entries);
    }
}
