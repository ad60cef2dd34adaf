package org.thingconform.profile.step;

import org.thingconform.source.SourceLocation;

/** The peer platform cancels a subscription an earlier {@code peerSubscribe} of the clause made. */
public record PeerUnsubscribeStep(SourceLocation location, String subscription) implements Step {

    @Override
    public String kind() {
        return "peerUnsubscribe";
    }
}
