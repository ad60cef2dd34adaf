package org.thingconform.profile.lint;

import java.nio.file.Path;
import java.util.List;

/**
 * The findings of linting one profile, and whether the profile passes: no errors, and
 * with {@code strict} no warnings either. Infos never fail a lint.
 */
public record LintReport(Path file, List<Finding> findings) {

    public LintReport {
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean passes(boolean strict) {
        return count(Severity.ERROR) == 0 && (!strict || count(Severity.WARNING) == 0);
    }
}
