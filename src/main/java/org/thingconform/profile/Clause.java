package org.thingconform.profile;

import java.util.List;
import java.util.stream.Stream;
import org.thingconform.profile.step.Step;
import org.thingconform.profile.step.StepRoles;
import org.thingconform.result.Level;
import org.thingconform.source.SourceLocation;

/**
 * A numbered requirement of a standard and the test that checks it. {@code given} steps
 * set up the situation (their failure makes the verdict INCONCLUSIVE: the precondition
 * was not met); {@code steps} decide the verdict. {@code requires} names the ICS items
 * the clause applies to; {@code untestable} gives the reason a clause has no test.
 *
 * @param requires   an ICS condition such as {@code EVENTS && !SYNC}, or null when always applicable
 * @param untestable why the clause cannot be tested, or null when it has steps
 * @param conditional why a MUST clause applies, or can be checked, only where its optional
 *                   {@code requires} items hold (the editor's confirmation of a conditional MUST), or null
 * @param generate   how the clause expands over the thing model into generated cases, or null
 * @param bindings   the ids of the profile bindings the clause is about; empty for every binding
 * @param observes the ICS items the clause's test shows the platform implements when it passes: a
 *                 run over an item answered {@code no} is made anyway as an observation (the verdict
 *                 stays NOT_APPLICABLE) and a pass is reported as an ICS mismatch, as is a FAIL of an
 *                 item answered {@code yes}
 * @param roles    which of the steps' checks are the clause's subject and which are means (see {@link
 *                 org.thingconform.profile.step.StepRole})
 * @param exclusive whether the clause must run alone (it changes platform-wide state): under {@code --jobs},
 *                  no other clause runs while it does
 */
public record Clause(String id, Level level, String chapter, String summary, List<String> tags, String url,
                     Expression requires, String untestable, String conditional, Generation generate, List<Step> given,
                     List<Step> steps, SourceLocation location, List<String> bindings, List<String> observes,
                     StepRoles roles, boolean exclusive) {

    /** A clause that may run beside others. */
    public Clause(String id, Level level, String chapter, String summary, List<String> tags, String url,
                  Expression requires, String untestable, String conditional, Generation generate, List<Step> given,
                  List<Step> steps, SourceLocation location, List<String> bindings, List<String> observes,
                  StepRoles roles) {
        this(id, level, chapter, summary, tags, url, requires, untestable, conditional, generate, given, steps, location,
                bindings, observes, roles, false);
    }

    /** A clause whose steps carry no role: the language's default rule decides. */
    public Clause(String id, Level level, String chapter, String summary, List<String> tags, String url,
                  Expression requires, String untestable, String conditional, Generation generate, List<Step> given,
                  List<Step> steps, SourceLocation location, List<String> bindings, List<String> observes) {
        this(id, level, chapter, summary, tags, url, requires, untestable, conditional, generate, given, steps, location,
                bindings, observes, StepRoles.NONE);
    }

    /** A clause that observes no ICS item. */
    public Clause(String id, Level level, String chapter, String summary, List<String> tags, String url,
                  Expression requires, String untestable, String conditional, Generation generate, List<Step> given,
                  List<Step> steps, SourceLocation location, List<String> bindings) {
        this(id, level, chapter, summary, tags, url, requires, untestable, conditional, generate, given, steps, location,
                bindings, List.of());
    }

    public Clause {
        observes = List.copyOf(observes);
        tags = List.copyOf(tags);
        given = List.copyOf(given);
        steps = List.copyOf(steps);
        bindings = List.copyOf(bindings);
    }

    /**
     * Whether a simulated device takes part: then the clause runs once per binding of the
     * profile (the binding is a dimension of the run); a clause that only calls the
     * northbound API runs once.
     */
    public boolean usesDevices() {
        return generate != null && generate.forEach() != Generation.Element.RESOURCE
                || Stream.concat(given.stream(), steps.stream()).anyMatch(Step::usesDevice);
    }

    /**
     * Whether the clause drives a fleet (an {@code mqttFleet} or {@code deviceFleet} step): it runs alone, and a sharded run gives it to
     * every shard, each driving its part of the fleet.
     */
    public boolean drivesFleet() {
        return drivesFleet(Stream.concat(given.stream(), steps.stream()).toList());
    }

    /** Whether {@code steps} drive a fleet. */
    public static boolean drivesFleet(List<Step> steps) {
        return steps.stream().anyMatch(s -> s instanceof org.thingconform.profile.step.FleetStep);
    }
}
