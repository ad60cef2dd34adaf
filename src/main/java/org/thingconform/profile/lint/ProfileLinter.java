package org.thingconform.profile.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;

/**
 * Lints a profile for standards editors: runs every rule over a loaded profile and
 * returns the findings in file order. A profile that does not load never gets here; its
 * located {@link org.thingconform.source.BadInputException} is the first thing to fix.
 */
public final class ProfileLinter {

    private final List<LintRule> rules;

    /** A linter that judges steps with {@code stepChecks}; {@link #standard()} uses the language's table. */
    public ProfileLinter(StepChecks stepChecks) {
        this.rules = List.of(new UntestableRule(), new NoCheckRule(stepChecks), new OptionalMustRule(),
                new NumberingRule(), new ReachabilityRule(), new UnusedIcsRule(), new RequiresRule(),
                new MeansNamingRule(), new StatementGapRule());
    }

    public static ProfileLinter standard() {
        return new ProfileLinter(StepChecks.LANGUAGE);
    }

    /** Loads and lints {@code file}; throws the loader's located error when it does not load. */
    public LintReport lint(Path file) {
        return lint(ProfileLoader.load(file));
    }

    public LintReport lint(Profile profile) {
        LintTarget target = LintTarget.of(profile);
        List<Finding> findings = new ArrayList<>();
        rules.forEach(rule -> findings.addAll(rule.check(target)));
        // the profile's own findings first, then those in other files (its statement list), each in file order
        findings.sort(Comparator.comparing((Finding f) -> !f.location().file().equals(profile.file()))
                .thenComparing(f -> f.location().file().toString())
                .thenComparingInt(f -> f.location().line())
                .thenComparingInt(f -> f.location().column()).thenComparing(Finding::rule));
        return new LintReport(profile.file(), findings);
    }
}
