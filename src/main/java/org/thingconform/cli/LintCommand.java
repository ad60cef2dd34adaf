package org.thingconform.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.thingconform.profile.lint.LintJsonFormat;
import org.thingconform.profile.lint.LintReport;
import org.thingconform.profile.lint.LintTextFormat;
import org.thingconform.profile.lint.ProfileLinter;
import org.thingconform.source.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code thingconform lint PROFILE}: checks a profile for the mistakes a standards editor
 * wants to hear about before anyone runs it, such as clauses that can never reach a
 * verdict, contradictory ICS conditions and numbering slips.
 */
@Command(name = "lint", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lint a profile, for standards editors.",
                "Checks for clauses without tests, steps that can never reach a verdict, contradictory or "
                        + "optional-only ICS conditions, unused ICS items and clause numbering."},
        footer = {"", "Exit codes:", "  0  no errors (warnings allowed unless --strict)",
                "  1  errors, or warnings with --strict", "  2  the profile does not load, or bad usage"})
final class LintCommand implements Callable<Integer> {

    private static final int CLEAN = 0;
    private static final int FINDINGS = 1;

    @Parameters(index = "0", paramLabel = "PROFILE", description = "The profile file to lint.")
    Path profile;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            converter = OutputFormat.Converter.class, description = "Output format. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--strict", description = "Warnings fail the lint too (exit 1).")
    boolean strict;

    @Override
    public Integer call() {
        LintReport report;
        try {
            report = ProfileLinter.standard().lint(profile);
        } catch (BadInputException e) {
            System.err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        System.out.print(format == OutputFormat.JSON ? LintJsonFormat.format(report) : LintTextFormat.format(report));
        return report.passes(strict) ? CLEAN : FINDINGS;
    }
}
