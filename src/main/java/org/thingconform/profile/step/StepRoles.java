package org.thingconform.profile.step;

import java.util.Map;
import org.thingconform.source.SourceLocation;

/**
 * The roles the profile writes on a clause's steps, by where each step is written: the
 * steps themselves are data shared with generation and diffs, the role is the clause's
 * reading of them. A step without an entry has {@link StepRole#DEFAULT}.
 */
public record StepRoles(Map<SourceLocation, StepRole> byLocation) {

    /** No step of the clause carries a role. */
    public static final StepRoles NONE = new StepRoles(Map.of());

    public StepRoles {
        byLocation = Map.copyOf(byLocation);
    }

    /** The role of {@code step}. */
    public StepRole of(Step step) {
        return byLocation.getOrDefault(step.location(), StepRole.DEFAULT);
    }
}
