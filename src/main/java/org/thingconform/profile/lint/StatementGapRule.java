package org.thingconform.profile.lint;

import java.util.ArrayList;
import java.util.List;
import org.thingconform.profile.coverage.Coverage;
import org.thingconform.profile.coverage.Standing;
import org.thingconform.profile.coverage.StatementCoverage;
import org.thingconform.result.Level;

/**
 * Rule {@code statement-not-covered}: a statement of the profile's statement list ({@code standard.statements}) that
 * binds the server, has no clause and gives no reason it is untestable. The finding points at the statement in the
 * list. A MUST is a warning (a certification of the standard has a gap there), a SHOULD or MAY an info.
 */
final class StatementGapRule implements LintRule {

    @Override
    public List<Finding> check(LintTarget target) {
        List<Finding> findings = new ArrayList<>();
        Coverage.of(target.profile()).ifPresent(report -> {
            for (StatementCoverage s : report.statements()) {
                if (s.standing() == Standing.NOT_COVERED) {
                    findings.add(new Finding("statement-not-covered", s.statement().level() == Level.MUST
                            ? Severity.WARNING : Severity.INFO, s.statement().id(), s.statement().location(),
                            s.statement().level() + " statement (binds " + s.statement().binds().name().toLowerCase(
                                    java.util.Locale.ROOT) + ") has no clause and no reason it is untestable; expected a "
                                    + "clause with id " + s.statement().id() + ", or 'untestable: why' in the list"));
                }
            }
        });
        return findings;
    }
}
