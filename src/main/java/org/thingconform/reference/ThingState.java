package org.thingconform.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the platform stored for one device: the latest value of each property, with its
 * time, every value each property had (its history, for the peer's range queries), and the
 * events the device posted. Values are copied in and out, so callers can
 * never change stored data by accident.
 */
final class ThingState {

    /** A property value and the UTC millisecond time it was measured (or received). */
    record TimedValue(JsonNode value, long time) {
    }

    /** One posted event: identifier, UTC millisecond time and its output values. */
    record EventRecord(String identifier, long time, ObjectNode params) {
    }

    private final Map<String, TimedValue> properties = new ConcurrentHashMap<>();
    private final List<EventRecord> events = new ArrayList<>();
    private final Map<String, List<TimedValue>> history = new ConcurrentHashMap<>();

    /** Stores all values at once (a post is stored whole or not at all by the caller). */
    synchronized void storeProperties(Map<String, TimedValue> values) {
        values.forEach((id, v) -> {
            properties.put(id, new TimedValue(v.value().deepCopy(), v.time()));
            history.computeIfAbsent(id, k -> new ArrayList<>()).add(new TimedValue(v.value().deepCopy(), v.time()));
        });
    }

    /** The latest value of each property that has one, with its time, by identifier. */
    Map<String, TimedValue> latest() {
        Map<String, TimedValue> latest = new java.util.TreeMap<>();
        properties.forEach((id, v) -> latest.put(id, new TimedValue(v.value().deepCopy(), v.time())));
        return latest;
    }

    /** Every value {@code identifier} had, ordered by time (oldest first). */
    synchronized List<TimedValue> history(String identifier) {
        return history.getOrDefault(identifier, List.of()).stream()
                .sorted(java.util.Comparator.comparingLong(TimedValue::time))
                .map(v -> new TimedValue(v.value().deepCopy(), v.time())).toList();
    }

    /** The latest value of each property that has one, as {@code {identifier: value}}. */
    ObjectNode latestValues() {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        properties.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> values.set(e.getKey(), e.getValue().value().deepCopy()));
        return values;
    }

    synchronized void storeEvent(EventRecord event) {
        events.add(new EventRecord(event.identifier(), event.time(), event.params().deepCopy()));
    }

    /** Forgets every stored property value and event. */
    synchronized void clear() {
        properties.clear();
        events.clear();
        history.clear();
    }

    /** The events posted with {@code identifier}, oldest first. */
    synchronized List<EventRecord> events(String identifier) {
        return events.stream().filter(e -> e.identifier().equals(identifier))
                .map(e -> new EventRecord(e.identifier(), e.time(), e.params().deepCopy())).toList();
    }
}
