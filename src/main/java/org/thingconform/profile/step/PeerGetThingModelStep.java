package org.thingconform.profile.step;

import org.thingconform.source.SourceLocation;

/**
 * The peer platform fetches the thing model a listed device refers to. It must be TSL JSON
 * that passes the TSL schema, imports without error, and equals the model the device of
 * {@code device} is registered with.
 */
public record PeerGetThingModelStep(SourceLocation location, String device) implements Step {

    @Override
    public String kind() {
        return "peerGetThingModel";
    }
}
