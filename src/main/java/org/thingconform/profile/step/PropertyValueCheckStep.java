package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.JsonNode;
import org.thingconform.profile.Generation;
import org.thingconform.source.SourceLocation;

/**
 * Generated: a device posts one property value and the platform must accept and store it,
 * or reject it (with {@code code}, or any code but success) and keep the earlier value
 * {@code previous}. With {@code coercesTo}, a platform may instead accept and store that
 * coerced value.
 */
public record PropertyValueCheckStep(SourceLocation location, String device, String property, JsonNode value,
                                     Generation.Outcome outcome, Integer code, JsonNode previous, JsonNode coercesTo)
        implements Step {

    @Override
    public String kind() {
        return "generated property value check";
    }
}
