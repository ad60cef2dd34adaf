package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.thingconform.source.SourceLocation;

/** The northbound client reads a device's properties; each expected value must be there, equal. */
public record ReadPropertiesStep(SourceLocation location, String device, ObjectNode expectValues) implements Step {

    @Override
    public String kind() {
        return "readProperties";
    }
}
