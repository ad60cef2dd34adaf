package org.thingconform.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.thingconform.engine.PlatformSession;
import org.thingconform.engine.ThingConformTestEngine;
import org.thingconform.mutation.ClauseOutcome;
import org.thingconform.mutation.MutationMatrix;
import org.thingconform.mutation.MutationMatrixHtml;
import org.thingconform.mutation.MutationMatrixText;
import org.thingconform.mutation.MutationReport;
import org.thingconform.mutation.MutationReportWriter;
import org.thingconform.mutation.MutationRunner;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;
import org.thingconform.report.ReportWriteException;
import org.thingconform.result.SuiteVersion;
import org.thingconform.source.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code thingconform mutate}: proves the suite has teeth. Runs every clause against the
 * embedded reference platform fault-free, then once per deliberate fault, prints the fault ×
 * clause matrix, writes it as JSON and HTML, and prints the score last.
 */
@Command(name = "mutate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prove the suite has teeth: run every clause against the embedded reference platform "
                + "with no fault, then once per deliberate fault, and check that each fault turns the clauses "
                + "it declares to FAIL. Each worker starts one platform and switches faults on it between runs; "
                + "the workers run side by side."},
        footer = {"", "Exit codes:",
                "  0  every fault caught, every MUST clause declared by a fault, every clause PASS with no fault",
                "  1  a fault missed, a MUST clause unguarded, or a false alarm",
                "  2  bad input or usage (nothing was run)",
                "  3  the platform or the report files failed"})
final class MutateCommand implements Callable<Integer> {

    private static final String FAULT_FREE = "(no fault)";

    @Option(names = "--profile", paramLabel = "PATH",
            description = "A profile file, or a directory searched for profile.yaml / *.profile.yaml. Repeatable. "
                    + "Default: every profile under test-profiles/.")
    List<Path> profiles = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write mutation-matrix.json and mutation-matrix.html. Default: reports/mutation.")
    Path out;

    @Option(names = "--fault", paramLabel = "NAME",
            description = "Run only this fault (repeatable). Default: every fault of the reference platform that "
                    + "the profiles' bindings can show (a CoAP or HTTP fault needs a coap or http profile). "
                    + "See 'thingconform reference --list-faults'.")
    List<String> faults = new ArrayList<>();

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Set a profile parameter for every run of the mutation over the profile's value (repeatable), "
                    + "e.g. quietPeriod=300ms.")
    List<String> params = new ArrayList<>();

    @Option(names = "--workers", paramLabel = "N",
            description = "How many reference platforms run the faults side by side, each with its own ports and faults "
                    + "(the first embedded, the others as reference processes); 1 runs every fault on one embedded "
                    + "platform, one after the other. The matrix is the same. Default: two per processor, at most 4.")
    Integer workers;

    @Option(names = "--declared-only",
            description = "Run each fault over the clauses it declares only (the fault-free run still runs every "
                    + "clause): the score, missed faults, unguarded clauses and false alarms are the same, found "
                    + "sooner; the matrix then shows no collateral failures.")
    boolean declaredOnly;

    private PrintStream stdout;

    @Override
    public Integer call() {
        stdout = System.out;
        Path outDir = (out == null ? ProjectPaths.defaultMutationOut() : out).toAbsolutePath().normalize();
        Set<String> selected = new LinkedHashSet<>(faults);
        List<Profile> loaded;
        try {
            List<Profile> declared = ProfileSelection.files(profiles).stream().map(ProfileLoader::load).toList();
            Map<String, JsonNode> settings = ParameterSettings.checked(params, declared);
            loaded = settings.isEmpty() ? declared : ProfileSelection.files(profiles).stream()
                    .map(file -> ProfileLoader.load(file, settings)).toList();
            int clauses = loaded.stream().mapToInt(p -> p.clauses().size()).sum();
            if (clauses == 0) {
                throw new BadInputException("error: the selection matches no clause; expected at least one clause to run");
            }
            PlatformSession.checkFaults(PlatformSession.provider(), selected);
            if (workers != null && workers < 1) {
                throw new BadInputException("error: --workers " + workers + " is not allowed; expected 1 or more");
            }
            OutputDirectory.prepare(outDir, List.of(MutationReport.FILE_NAME, MutationMatrixHtml.FILE_NAME), List.of());
            stdout.println("mutation: " + clauses + " clause(s) of " + loaded.size() + " profile(s), run with no fault "
                    + "and then once per fault" + (selected.isEmpty() ? "" : " of " + selected)
                    + (workerCount() == 1 ? ", on one embedded reference platform"
                            : ", on " + workerCount() + " reference platforms side by side (--workers)"));
        } catch (BadInputException e) {
            System.err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }

        Instant start = Instant.now();
        MutationMatrix matrix = new MutationRunner(loaded, this::progress, workerCount(),
                declaredOnly ? MutationRunner.Scope.DECLARED : MutationRunner.Scope.EVERY_CLAUSE).run(selected);
        MutationReport report = MutationReport.of(SuiteVersion.get(), start, Instant.now(),
                loaded.stream().map(ThingConformTestEngine::profileFile).toList(), matrix);

        stdout.println();
        MutationMatrixText.lines(matrix).forEach(stdout::println);
        int exit = matrix.clean() ? ExitCode.CONFORMANT : ExitCode.FAIL;
        try {
            MutationReportWriter.write(outDir, report);
            stdout.println("reports: " + outDir + " (" + MutationMatrixHtml.FILE_NAME + ", " + MutationReport.FILE_NAME + ")");
        } catch (ReportWriteException e) {
            System.err.println("error: " + e.getMessage());
            exit = exit == ExitCode.CONFORMANT ? ExitCode.UNDECIDED : exit;
        }
        stdout.println("exit " + exit + ": " + explain(matrix, exit));
        stdout.println(matrix.score().line() + (matrix.faults().size() >= matrix.knownFaults() ? ""
                : selected.isEmpty() ? "; " + matrix.faults().size() + " of " + matrix.knownFaults()
                        + " faults declare clauses of the selected profiles and show over their bindings"
                : "; " + matrix.faults().size() + " of " + matrix.knownFaults() + " faults selected with --fault"));
        return exit;
    }

    private int workerCount() {
        return workers == null ? MutationRunner.defaultWorkers() : workers;
    }

    private void progress(String fault, List<ClauseOutcome> outcomes, Duration elapsed) {
        stdout.printf("  %-28s %s (%.1f s)%n", fault == null ? FAULT_FREE : fault, MutationMatrixText.counts(outcomes),
                elapsed.toMillis() / 1000.0);
    }

    private static String explain(MutationMatrix matrix, int exit) {
        if (exit == ExitCode.UNDECIDED) {
            return "the report files could not be written";
        }
        if (matrix.clean()) {
            return "every fault caught, every MUST clause guarded by a fault, no false alarm";
        }
        List<String> problems = new ArrayList<>();
        if (!matrix.missedFaults().isEmpty()) {
            problems.add(matrix.missedFaults().size() + " fault(s) missed");
        }
        if (!matrix.unguarded().isEmpty()) {
            problems.add(matrix.unguarded().size() + " MUST clause(s) unguarded");
        }
        if (!matrix.falseAlarms().isEmpty()) {
            problems.add(matrix.falseAlarms().size() + " false alarm(s)");
        }
        return String.join(", ", problems);
    }
}
