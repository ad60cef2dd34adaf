package org.thingconform.thingmodel;

import java.util.List;

/** An event a device posts: its identifier, severity type and output data. */
public record Event(String identifier, String name, EventType type, List<Parameter> outputData) {

    public Event {
        outputData = List.copyOf(outputData);
    }

    /** TSL event severities. */
    public enum EventType { INFO, ALERT, ERROR }
}
