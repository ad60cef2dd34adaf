package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.thingconform.source.SourceLocation;

/** A device posts property values and checks the platform's reply. */
public record PostPropertiesStep(SourceLocation location, String device, ObjectNode values, ReplyExpectation expect)
        implements Step {

    @Override
    public String kind() {
        return "postProperties";
    }
}
