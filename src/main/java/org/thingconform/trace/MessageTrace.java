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

    /** Attributes in the order given, as alternating names and values. */
    public static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    public synchronized void add(TraceEntry entry) {
        entries.add(entry);
    }

    /** A copy of the entries so far, in order. */
    public synchronized List<TraceEntry> entries() {
        return List.copyOf(entries);
    }
}
