package org.thingconform.profile.step;

import org.thingconform.source.SourceLocation;

/**
 * The peer platform subscribes to the property changes and events of a device, giving the
 * platform a callback URL of its own; {@code saveAs} names the subscription for later steps.
 * The callback answers the first {@code failFirst} deliveries with {@code failStatus} (a
 * scripted outage) and every other one with 204.
 */
public record PeerSubscribeStep(SourceLocation location, String device, String saveAs, int failFirst, int failStatus)
        implements Step {

    @Override
    public String kind() {
        return "peerSubscribe";
    }
}
