package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.thingconform.source.SourceLocation;

/** The northbound client invokes a service of a device; the invocation is remembered as {@code saveAs}. */
public record InvokeServiceStep(SourceLocation location, String device, String service, ObjectNode params,
                                String saveAs) implements Step {

    @Override
    public String kind() {
        return "invokeService";
    }
}
