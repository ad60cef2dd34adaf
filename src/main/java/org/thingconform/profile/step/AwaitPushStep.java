package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.thingconform.source.SourceLocation;

/**
 * The peer waits, at most {@code within}, for the platform to push the next data of a
 * subscription to its callback: property values ({@code event} null) or an event, in the common
 * format (the device's id, the thing model's identifiers, values of their data types, every
 * output of an event, a time) and carrying {@code values}; when {@code signed}, with a valid
 * HMAC-SHA256 signature.
 */
public record AwaitPushStep(SourceLocation location, String subscription, String event, ObjectNode values,
                            Duration within, boolean signed) implements Step {

    @Override
    public String kind() {
        return "awaitPush";
    }
}
