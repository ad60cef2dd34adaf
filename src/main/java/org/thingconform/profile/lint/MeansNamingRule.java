package org.thingconform.profile.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.thingconform.profile.Clause;
import org.thingconform.profile.step.Acknowledgements;
import org.thingconform.profile.step.Step;
import org.thingconform.profile.step.StepRole;

/**
 * Rule {@code means-unnamed}: a step of {@code steps} whose acknowledgement is a means of its
 * clause, while another clause of the profile makes that acknowledgement its subject
 * ({@code subject: true}), and the step names no clause ({@code see:} or {@code means: ID}).
 * Should the acknowledgement fail, the INCONCLUSIVE would not point the reader at the clause
 * that judges it.
 */
final class MeansNamingRule implements LintRule {

    @Override
    public List<Finding> check(LintTarget target) {
        List<Clause> clauses = target.profile().clauses();
        List<Finding> findings = new ArrayList<>();
        for (Clause clause : clauses) {
            for (Step step : clause.steps()) {
                StepRole role = clause.roles().of(step);
                Optional<String> acknowledgement = Acknowledgements.of(step);
                if (role.kind() == StepRole.Kind.SUBJECT || role.see() != null || acknowledgement.isEmpty()) {
                    continue;
                }
                List<String> judges = clauses.stream().filter(other -> other != clause)
                        .filter(other -> judges(other, acknowledgement.get())).map(Clause::id).toList();
                if (!judges.isEmpty()) {
                    findings.add(new Finding("means-unnamed", Severity.WARNING, clause.id(), step.location(),
                            "step " + step.kind() + ": " + acknowledgement.get() + " is a means here and the subject of "
                                    + String.join(", ", judges) + "; add 'see: " + judges.get(0)
                                    + "' so an INCONCLUSIVE names the clause that judges it"));
                }
            }
        }
        return findings;
    }

    private static boolean judges(Clause clause, String acknowledgement) {
        return clause.steps().stream().anyMatch(step -> clause.roles().of(step).kind() == StepRole.Kind.SUBJECT
                && Acknowledgements.of(step).filter(acknowledgement::equals).isPresent());
    }
}
