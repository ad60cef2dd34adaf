package org.thingconform.profile.lint;

import java.util.ArrayList;
import java.util.List;
import org.thingconform.profile.Clause;
import org.thingconform.result.Level;

/**
 * Rule {@code untestable}: lists the clauses without a test, with the reason the profile
 * gives. In this language a clause with neither steps nor {@code untestable} does not load
 * at all, so these are the only clauses without a test. An untestable MUST is a warning
 * (certification has a gap there); an untestable SHOULD or MAY is an info.
 */
final class UntestableRule implements LintRule {

    @Override
    public List<Finding> check(LintTarget target) {
        List<Finding> findings = new ArrayList<>();
        List<Clause> clauses = target.profile().clauses();
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            if (clause.untestable() != null) {
                findings.add(new Finding("untestable", clause.level() == Level.MUST ? Severity.WARNING : Severity.INFO,
                        clause.id(), target.clauseKey(i, "untestable"), clause.level() + " clause has no test: "
                        + clause.untestable()));
            }
        }
        return findings;
    }
}
