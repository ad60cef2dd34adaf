package org.thingconform.profile.step;

import org.thingconform.thingmodel.ThingModelFormat;

import org.thingconform.source.SourceLocation;

/**
 * The peer platform fetches the thing model a listed device refers to, in the common format
 * asked for: TSL JSON that passes the TSL schema, or a W3C WoT Thing Model with its header. It
 * must import without error and equal the model the device of {@code device} is registered with.
 *
 * @param format {@code TSL_JSON} or {@code WOT_TM}; the {@code getThingModel} operation gets it as {@code {format}}
 */
public record PeerGetThingModelStep(SourceLocation location, String device, ThingModelFormat format) implements Step {

    @Override
    public String kind() {
        return "peerGetThingModel";
    }
}
