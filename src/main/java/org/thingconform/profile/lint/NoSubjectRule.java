package org.thingconform.profile.lint;

import java.util.ArrayList;
import java.util.List;
import org.thingconform.profile.Clause;
import org.thingconform.profile.step.StepRole;

/**
 * Rule {@code no-subject}: a clause whose every checking step is marked {@code means}. Its
 * failures would all be INCONCLUSIVE, so it could never FAIL: the profile has to say which
 * check is what the clause's requirement is about.
 */
final class NoSubjectRule implements LintRule {

    private final StepChecks checks;

    NoSubjectRule(StepChecks checks) {
        this.checks = checks;
    }

    @Override
    public List<Finding> check(LintTarget target) {
        List<Finding> findings = new ArrayList<>();
        List<Clause> clauses = target.profile().clauses();
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            List<?> checking = clause.steps().stream().filter(checks::checks).toList();
            if (!checking.isEmpty() && clause.steps().stream().filter(checks::checks)
                    .allMatch(step -> clause.roles().of(step).kind() == StepRole.Kind.MEANS)) {
                findings.add(new Finding("no-subject", Severity.ERROR, clause.id(), target.clauseKey(i, "steps"),
                        "every checking step is marked 'means', so a failure could only be INCONCLUSIVE and the clause "
                                + "could never FAIL; leave the step that checks the requirement unmarked or mark it "
                                + "'subject: true'"));
            }
        }
        return findings;
    }
}
