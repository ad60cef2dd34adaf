package org.thingconform.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;
import org.thingconform.profile.diff.DiffJsonFormat;
import org.thingconform.profile.diff.DiffTextFormat;
import org.thingconform.profile.diff.ProfileDiff;
import org.thingconform.profile.diff.ProfileDiffer;
import org.thingconform.source.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code thingconform diff OLD NEW}: what changed between two editions of a profile, clause
 * by clause and field by field, for a standards committee reviewing a new draft.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare two editions of a profile, for standards editors.",
                "Reports clauses added, removed and changed (level, summary, chapter, requires, tags, untestable, "
                        + "given, steps), the standard's edition and status, and ICS items."},
        footer = {"", "Exit codes:", "  0  both profiles load (the diff is a report, whatever it says)",
                "  2  either profile does not load, or bad usage"})
final class DiffCommand implements Callable<Integer> {

    private static final int REPORTED = 0;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier edition's profile file.")
    Path oldProfile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later edition's profile file.")
    Path newProfile;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            converter = OutputFormat.Converter.class, description = "Output format. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Override
    public Integer call() {
        Profile before = load(oldProfile);
        Profile after = load(newProfile);
        if (before == null || after == null) {
            return ExitCode.BAD_INPUT;
        }
        ProfileDiff diff = ProfileDiffer.diff(before, after);
        System.out.print(format == OutputFormat.JSON ? DiffJsonFormat.format(diff) : DiffTextFormat.format(diff));
        return REPORTED;
    }

    /** The profile, or null after printing its located error, so both files' errors are shown. */
    private static Profile load(Path file) {
        try {
            return ProfileLoader.load(file);
        } catch (BadInputException e) {
            System.err.println(e.getMessage());
            return null;
        }
    }
}
