package org.thingconform.profile;

import java.util.List;
import org.thingconform.profile.step.Step;
import org.thingconform.result.Level;
import org.thingconform.source.SourceLocation;

/**
 * A numbered requirement of a standard and the test that checks it. {@code given} steps
 * set up the situation (their failure makes the verdict INCONCLUSIVE: the precondition
 * was not met); {@code steps} decide the verdict.
 */
public record Clause(String id, Level level, String chapter, String summary, List<String> tags, String url,
                     List<Step> given, List<Step> steps, SourceLocation location) {

    public Clause {
        tags = List.copyOf(tags);
        given = List.copyOf(given);
        steps = List.copyOf(steps);
    }
}
