package org.thingconform.engine;

import java.util.List;
import java.util.Map;
import org.thingconform.profile.step.Step;

/**
 * One case a generated clause expands into: its id within the clause
 * ({@code voltage/invalid.above-max}), the Allure parameters that describe it, and the
 * steps that test it.
 */
public record GeneratedCase(String id, Map<String, String> parameters, List<Step> given, List<Step> steps) {

    public GeneratedCase {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        given = List.copyOf(given);
        steps = List.copyOf(steps);
    }
}
