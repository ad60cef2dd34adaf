package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.thingconform.source.SourceLocation;

/**
 * A device waits for a downlink message (a property set, or a call of {@code service}),
 * checks that it carries exactly {@code expectParams}, and answers with
 * {@code replyCode} (null: the binding's success code) and {@code replyData}.
 */
public record AwaitDownlinkStep(SourceLocation location, String device, Flow flow, String service,
                                ObjectNode expectParams, Integer replyCode, ObjectNode replyData) implements Step {

    /** Which downlink flow of the binding the device waits on. */
    public enum Flow { PROPERTY_SET, SERVICE }

    @Override
    public String kind() {
        return "awaitDownlink";
    }
}
