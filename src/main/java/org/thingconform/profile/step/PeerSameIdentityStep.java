package org.thingconform.profile.step;

import org.thingconform.source.SourceLocation;

/**
 * The device has one identifier towards the peer: every id under which the clause saw it
 * (listed by discovery, named by data answers and pushes) is the id discovery listed it under.
 */
public record PeerSameIdentityStep(SourceLocation location, String device) implements Step {

    @Override
    public String kind() {
        return "peerSameIdentity";
    }
}
