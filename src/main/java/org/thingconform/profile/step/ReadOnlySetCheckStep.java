package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.thingconform.source.SourceLocation;

/**
 * Generated: a northbound client sets a read-only property; the platform must refuse the
 * request and the device must see no property set within {@code quietPeriod}.
 */
public record ReadOnlySetCheckStep(SourceLocation location, String device, String property, JsonNode value,
                                   Duration quietPeriod) implements Step {

    @Override
    public String kind() {
        return "generated read-only set check";
    }
}
