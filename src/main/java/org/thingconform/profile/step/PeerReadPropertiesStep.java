package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.thingconform.source.SourceLocation;

/**
 * The peer platform reads the current property values of a device through the interconnection
 * API: each of {@code values} must be there, equal, of the JSON type its thing-model data type
 * gives, with a time in UTC milliseconds.
 */
public record PeerReadPropertiesStep(SourceLocation location, String device, ObjectNode values) implements Step {

    @Override
    public String kind() {
        return "peerReadProperties";
    }
}
