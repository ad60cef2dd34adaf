package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.thingconform.source.SourceLocation;

/** A device posts an event with output data and checks the platform's reply. */
public record PostEventStep(SourceLocation location, String device, String event, ObjectNode values,
                            ReplyExpectation expect) implements Step {

    @Override
    public String kind() {
        return "postEvent";
    }
}
