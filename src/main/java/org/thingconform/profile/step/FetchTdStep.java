package org.thingconform.profile.step;

import org.thingconform.source.SourceLocation;

/**
 * Fetches the W3C WoT Thing Description of the Thing playing {@code thing} from the URL the
 * platform descriptor gives ({@code wot: {things: {thing: url}}}); it must be a JSON object.
 * Later TD steps of the clause check this TD.
 */
public record FetchTdStep(SourceLocation location, String thing) implements Step {

    @Override
    public String kind() {
        return "fetchTd";
    }
}
