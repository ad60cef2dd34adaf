package org.thingconform.profile.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thingconform.profile.Clause;
import org.thingconform.profile.Expression;
import org.thingconform.source.SourceLocation;

/**
 * Rules {@code never-applicable}, {@code requires-not-boolean} and
 * {@code requires-not-checked}: evaluates each clause's {@code requires} for every
 * combination of yes/no answers to the ICS items it names. False for all of them
 * ({@code EVENTS && !EVENTS}) means the clause is NOT_APPLICABLE for every platform; a
 * value that is not true or false means the engine would stop on it. With more than
 * {@value #MAX_VARIABLES} items (over 4096 combinations) the check is skipped, and said so.
 */
final class RequiresRule implements LintRule {

    static final int MAX_VARIABLES = 12;

    @Override
    public List<Finding> check(LintTarget target) {
        List<Finding> findings = new ArrayList<>();
        List<Clause> clauses = target.profile().clauses();
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            if (clause.requires() == null) {
                continue;
            }
            Expression requires = clause.requires();
            List<String> variables = requires.variables().stream().sorted().toList();
            if (variables.size() > MAX_VARIABLES) {
                findings.add(new Finding("requires-not-checked", Severity.INFO, clause.id(), target.clauseKey(i, "requires"),
                        "requires '" + requires.text() + "' names " + variables.size() + " ICS items, more than "
                                + MAX_VARIABLES + "; not checked for contradictions"));
                continue;
            }
            Finding finding = evaluate(clause, requires, variables, target.clauseKey(i, "requires"));
            if (finding != null) {
                findings.add(finding);
            }
        }
        return findings;
    }

    private static Finding evaluate(Clause clause, Expression requires, List<String> variables,
                                    SourceLocation at) {
        for (int combination = 0; combination < 1 << variables.size(); combination++) {
            Map<String, Object> answers = new LinkedHashMap<>();
            for (int v = 0; v < variables.size(); v++) {
                answers.put(variables.get(v), (combination >> v & 1) == 1);
            }
            try {
                if (requires.test(answers)) {
                    return null;
                }
            } catch (IllegalArgumentException e) {
                return new Finding("requires-not-boolean", Severity.ERROR, clause.id(), at,
                        "for ICS answers " + answers + ": " + e.getMessage() + "; requires must be true or false");
            }
        }
        return new Finding("never-applicable", Severity.ERROR, clause.id(), at,
                "requires '" + requires.text() + "' is false for every combination of answers to " + variables
                        + ", so the clause is NOT_APPLICABLE for every platform");
    }
}
