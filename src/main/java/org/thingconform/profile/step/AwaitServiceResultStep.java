package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.thingconform.source.SourceLocation;

/**
 * The northbound client waits for the result of invocation {@code call}; it must
 * complete, with {@code expectCode} when given and exactly {@code expectOutput}.
 */
public record AwaitServiceResultStep(SourceLocation location, String call, Integer expectCode,
                                     ObjectNode expectOutput) implements Step {

    @Override
    public String kind() {
        return "awaitServiceResult";
    }
}
