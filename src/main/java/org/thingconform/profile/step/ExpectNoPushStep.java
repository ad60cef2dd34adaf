package org.thingconform.profile.step;

import java.time.Duration;
import org.thingconform.source.SourceLocation;

/**
 * Nothing reaches the callback of a subscription the peer cancelled: no delivery after the
 * {@code peerUnsubscribe}, watched for {@code quietPeriod} from the start of this step (put it
 * after a post whose reply the device got, so the push would be under way).
 */
public record ExpectNoPushStep(SourceLocation location, String subscription, Duration quietPeriod) implements Step {

    @Override
    public String kind() {
        return "expectNoPush";
    }
}
