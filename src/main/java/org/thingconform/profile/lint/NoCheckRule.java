package org.thingconform.profile.lint;

import java.util.ArrayList;
import java.util.List;
import org.thingconform.profile.Clause;
import org.thingconform.profile.step.Step;
import org.thingconform.profile.step.StepRole;

/**
 * Rules {@code no-check} and {@code no-subject}: a clause that can never FAIL. Every test lives
 * in a clause here, so the risk is a clause whose {@code steps} contain no step that checks
 * anything the platform does ({@code no-check}: it would pass against any platform), or whose
 * every checking step is marked {@code means} ({@code no-subject}: its failures could only be
 * INCONCLUSIVE). Only {@code steps} count, since a failed {@code given} step makes the verdict
 * INCONCLUSIVE, never FAIL. Which kinds check something comes from {@link StepChecks}.
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
            List<Step> checking = clause.steps().stream().filter(checks::checks).toList();
            if (clause.untestable() == null && clause.generate() == null && checking.isEmpty()) {
                List<String> kinds = clause.steps().stream().map(Step::kind).distinct().toList();
                findings.add(new Finding("no-check", Severity.ERROR, clause.id(), target.clauseKey(i, "steps"),
                        "no step checks anything the platform does (only " + String.join(", ", kinds)
                                + "), so the clause would pass against any platform; add a step with an expectation"));
            } else if (!checking.isEmpty()
                    && checking.stream().allMatch(step -> clause.roles().of(step).kind() == StepRole.Kind.MEANS)) {
                findings.add(new Finding("no-subject", Severity.ERROR, clause.id(), target.clauseKey(i, "steps"),
                        "every checking step is marked 'means', so a failure could only be INCONCLUSIVE and the clause "
                                + "could never FAIL; leave the step that checks the requirement unmarked or mark it "
                                + "'subject: true'"));
            }
        }
        return findings;
    }
}
