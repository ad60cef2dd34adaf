package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.thingconform.profile.Generation;
import org.thingconform.source.SourceLocation;

/**
 * Generated: a device posts an event whose output data holds one generated value; the
 * platform must accept it and list it northbound, or reject it and not list it.
 */
public record EventValueCheckStep(SourceLocation location, String device, String event, ObjectNode outputs,
                                  Generation.Outcome outcome, Integer code) implements Step {

    @Override
    public String kind() {
        return "generated event check";
    }
}
