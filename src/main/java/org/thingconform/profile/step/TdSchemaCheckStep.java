package org.thingconform.profile.step;

import org.thingconform.source.SourceLocation;

/** The fetched TD of {@code thing} passes the W3C TD 1.1 JSON Schema. */
public record TdSchemaCheckStep(SourceLocation location, String thing) implements Step {

    @Override
    public String kind() {
        return "tdSchemaCheck";
    }
}
