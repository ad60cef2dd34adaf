package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.thingconform.source.SourceLocation;

/**
 * The peer platform asks for the values one property of a device had in a time range. The
 * range ({@code from}, {@code to}) is given in milliseconds relative to the clause's time base,
 * as the {@code time} of the posts that stored the values is; the answer must hold exactly
 * {@code values}, oldest first, each with a time inside the range.
 */
public record PeerQueryHistoryStep(SourceLocation location, String device, String property, long from, long to,
                                   List<JsonNode> values) implements Step {

    public PeerQueryHistoryStep {
        values = List.copyOf(values);
    }

    @Override
    public String kind() {
        return "peerQueryHistory";
    }
}
