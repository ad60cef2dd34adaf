package org.thingconform.profile.step;

import org.thingconform.source.SourceLocation;

/**
 * The fetched TD of {@code thing} holds the TD 1.1 assertion {@code id}, one of the catalogue of
 * document checks ({@code org.thingconform.thingmodel.wot.TdAssertions}).
 */
public record TdAssertionStep(SourceLocation location, String thing, String id) implements Step {

    @Override
    public String kind() {
        return "tdAssertion";
    }
}
