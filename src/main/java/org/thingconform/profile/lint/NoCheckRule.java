package org.thingconform.profile.lint;

import java.util.ArrayList;
import java.util.List;
import org.thingconform.profile.Clause;
import org.thingconform.profile.step.Step;

/**
 * Rule {@code no-check}: a test that tests nothing. Every test lives in a clause here, so
 * the risk is a clause whose {@code steps} contain no step that checks anything the
 * platform does: it would pass against any platform. Only {@code steps} count, since a
 * failed {@code given} step makes the verdict INCONCLUSIVE, never FAIL. Which kinds check
 * something comes from {@link StepChecks}.
 */
final class NoCheckRule implements LintRule {

    private final StepChecks checks;

    NoCheckRule(StepChecks checks) {
        this.checks = checks;
    }

    @Override
    public List<Finding> check(LintTarget target) {
        List<Finding> findings = new ArrayList<>();
        List<Clause> clauses = target.profile().clauses();
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            if (clause.untestable() == null && clause.generate() == null && clause.steps().stream().noneMatch(checks::checks)) {
                List<String> kinds = clause.steps().stream().map(Step::kind).distinct().toList();
                findings.add(new Finding("no-check", Severity.ERROR, clause.id(), target.clauseKey(i, "steps"),
                        "no step checks anything the platform does (only " + String.join(", ", kinds)
                                + "), so the clause would pass against any platform; add a step with an expectation"));
            }
        }
        return findings;
    }
}
