package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.thingconform.source.SourceLocation;

/** The northbound client lists a device's events of one kind; one must carry {@code expectContains}. */
public record ListEventsStep(SourceLocation location, String device, String event, ObjectNode expectContains)
        implements Step {

    @Override
    public String kind() {
        return "listEvents";
    }
}
