package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.thingconform.profile.Generation;
import org.thingconform.source.SourceLocation;

/**
 * Generated: a northbound client invokes a service with generated input. Valid input must
 * reach the device exactly and the device's {@code output} come back; invalid input must
 * not reach the device within {@code quietPeriod}; a sync call the device never answers
 * must be answered with {@code timeoutStatus} once the caller's timeout has passed.
 */
public record ServiceInputCheckStep(SourceLocation location, String device, String service, ObjectNode input,
                                    ObjectNode output, Generation.Outcome outcome, Duration quietPeriod,
                                    Integer timeoutStatus) implements Step {

    @Override
    public String kind() {
        return "generated service check";
    }
}
