package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.thingconform.source.SourceLocation;

/** The northbound client sets property values of a device; the platform must accept the request. */
public record SetPropertiesStep(SourceLocation location, String device, ObjectNode values) implements Step {

    @Override
    public String kind() {
        return "setProperties";
    }
}
