package org.thingconform.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;
import org.thingconform.engine.EngineConfig;
import org.thingconform.engine.Glob;
import org.thingconform.engine.IcsAnswers;
import org.thingconform.engine.PlatformSession;
import org.thingconform.engine.ThingConformTestEngine;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.Profile;
import org.thingconform.report.AllureHtmlGenerator;
import org.thingconform.result.Level;
import org.thingconform.source.BadInputException;
import org.thingconform.validate.FileValidator;
import org.thingconform.validate.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code thingconform run}: validates the input as {@code thingconform validate} does (and
 * refuses to start on any error), runs the profiles through the JUnit
 * Platform Launcher against the platform, prints a verdict per clause, writes every
 * report and exits with a code a CI job can act on.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run test profiles against a platform and report a verdict for every clause.",
        footer = {"", "Exit codes:", "  0  every applicable clause PASS", "  1  at least one clause FAIL",
                "  2  bad input or usage (nothing was judged)", "  3  no FAIL, but some ERROR or INCONCLUSIVE"})
final class RunCommand implements Callable<Integer> {

    @Option(names = "--profile", paramLabel = "PATH",
            description = "A profile file, or a directory searched for profile.yaml / *.profile.yaml. Repeatable. "
                    + "Default: every profile under test-profiles/.")
    List<Path> profiles = new ArrayList<>();

    @Option(names = "--platform", paramLabel = "DESCRIPTOR.yaml",
            description = "Platform descriptor (IXIT) of the platform under test. Default: start the embedded reference platform.")
    Path platform;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the reports. Default: reports/latest. Earlier reports there are replaced.")
    Path out;

    @Option(names = "--clause", paramLabel = "GLOB",
            description = "Run only clauses whose id matches, e.g. 'TM-5.*' (repeatable).")
    List<String> clauses = new ArrayList<>();

    @Option(names = "--exclude-clause", paramLabel = "GLOB", description = "Leave out clauses whose id matches (repeatable).")
    List<String> excludedClauses = new ArrayList<>();

    @Option(names = "--binding", paramLabel = "GLOB",
            description = "Run device clauses only over the profile bindings whose id matches, e.g. alink-mqtt5 (repeatable).")
    List<String> bindings = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "TAG", description = "Run only clauses with this profile tag (repeatable: any of them).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--level", paramLabel = "LEVEL", description = "Run only clauses of this level: must, should or may (repeatable).")
    List<String> levels = new ArrayList<>();

    @Option(names = "--ics", paramLabel = "ID=yes|no",
            description = "Answer an ICS item, replacing the descriptor's answer (repeatable). Recorded in the manifest.")
    List<String> ics = new ArrayList<>();

    @Option(names = "--ics-default", paramLabel = "yes|no",
            description = "Answer every ICS item the descriptor leaves open. Without it, a missing answer stops the run (exit 2).")
    String icsDefault;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of the values generated clauses use; the same seed gives the same cases. Default: 1.")
    Long seed;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Set a profile parameter for this run over the profile's value and the descriptor's IXIT "
                    + "(repeatable), e.g. quietPeriod=300ms. Recorded in the manifest.")
    List<String> params = new ArrayList<>();

    @Option(names = "--reference-tls",
            description = "Run the embedded reference platform over TLS and DTLS only: MQTT over mutual TLS with device "
                    + "certificates, HTTPS, CoAP over DTLS with pre-shared keys (certificates from a CA made for the run).")
    boolean referenceTls;

    @Option(names = "--fault", paramLabel = "NAME",
            description = "Switch on a deliberate violation in the embedded reference platform (repeatable). "
                    + "See 'thingconform reference --list-faults'.")
    List<String> faults = new ArrayList<>();

    @Override
    public Integer call() {
        PrintStream stdout = System.out;
        Path outDir = (out == null ? ProjectPaths.defaultOut() : out).toAbsolutePath().normalize();
        List<Path> files;
        try {
            files = ProfileSelection.files(profiles);
            FileValidator validator = FileValidator.forRun();
            List<Validation<Profile>> checked = files.stream().map(validator::profile).toList();
            Optional<Validation<PlatformDescriptor>> descriptor = Optional.ofNullable(platform).map(validator::descriptor);
            if (!report(Stream.concat(checked.stream(), descriptor.stream()).toList())) {
                return ExitCode.BAD_INPUT;
            }
            List<Profile> loaded = checked.stream().map(v -> v.value().orElseThrow()).toList();
            checkSelection(loaded);
            EngineConfig.from(configuration());
            checkIcs(loaded, descriptor.flatMap(Validation::value).orElse(null));
            if (platform != null) {
                if (!faults.isEmpty()) {
                    throw new BadInputException("error: --fault applies to the embedded reference platform only; "
                            + "drop --platform or the faults");
                }
                if (referenceTls) {
                    throw new BadInputException("error: --reference-tls applies to the embedded reference platform "
                            + "only; a descriptor says itself how its platform is secured (tls blocks)");
                }
            } else if (!faults.isEmpty()) {
                PlatformSession.checkFaults(PlatformSession.provider(), new LinkedHashSet<>(faults));
            }
            OutputDirectory.prepare(outDir, List.of("clause-matrix.json", "clause-matrix.html", "run-manifest.json"),
                    List.of("allure-results", "allure-report", "junit"));
        } catch (BadInputException e) {
            System.err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }

        Map<String, String> parameters = new LinkedHashMap<>(configuration());
        parameters.put(EngineConfig.REPORTS_DIR, outDir.toString());
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(files.stream().map(f -> DiscoverySelectors.selectFile(f.toFile())).toList())
                .configurationParameters(parameters)
                .filters(EngineFilter.includeEngines(ThingConformTestEngine.ID));
        List<String> tagExpressions = new ArrayList<>(tags);
        if (!levels.isEmpty()) {
            tagExpressions.addAll(levels.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
        }
        if (!tags.isEmpty() && !levels.isEmpty()) {
            tagExpressions = List.of("(" + String.join(" | ", tags) + ") & (" + String.join(" | ",
                    levels.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList()) + ")");
        }
        if (!tagExpressions.isEmpty()) {
            request.filters(TagFilter.includeTags(tagExpressions));
        }
        LauncherDiscoveryRequest discovery = request.build();
        Launcher launcher = LauncherFactory.create();
        TestPlan plan = launcher.discover(discovery);
        if (plan.countTestIdentifiers(t -> t.isTest()) == 0) {
            System.err.println("error: the selection matches no clause; expected at least one clause to run");
            return ExitCode.BAD_INPUT;
        }
        VerdictPrinter printer = new VerdictPrinter(stdout);
        PrintWriter xmlLog = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        launcher.execute(discovery, printer, new LegacyXmlReportGeneratingListener(outDir.resolve("junit"), xmlLog));

        int exit = ExitCode.of(printer.verdicts());
        try {
            AllureHtmlGenerator.withDefaults().generate(outDir);
        } catch (RuntimeException e) {
            System.err.println("error: Allure HTML report not generated: " + e.getMessage());
            exit = exit == ExitCode.CONFORMANT ? ExitCode.UNDECIDED : exit;
        }
        stdout.println(printer.summary());
        stdout.println("reports: " + outDir + " (clause-matrix.html, allure-report/index.html, junit/, run-manifest.json)");
        stdout.println("exit " + exit + switch (exit) {
            case ExitCode.CONFORMANT -> ": every applicable clause passed";
            case ExitCode.FAIL -> ": at least one clause failed";
            default -> ": some clauses could not be decided";
        });
        return exit;
    }

    /** The engine configuration parameters this command's options stand for. */
    private Map<String, String> configuration() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(EngineConfig.FAULTS, String.join(",", faults));
        parameters.put(EngineConfig.REFERENCE_TLS, String.valueOf(referenceTls));
        parameters.put(EngineConfig.CLAUSES, String.join(",", clauses));
        parameters.put(EngineConfig.EXCLUDE_CLAUSES, String.join(",", excludedClauses));
        parameters.put(EngineConfig.BINDINGS, String.join(",", bindings));
        parameters.put(EngineConfig.PARAMETERS, ParameterSettings.joined(params));
        parameters.put(EngineConfig.ICS, String.join(",", ics));
        if (icsDefault != null) {
            parameters.put(EngineConfig.ICS_DEFAULT, icsDefault);
        }
        if (seed != null) {
            parameters.put(EngineConfig.SEED, String.valueOf(seed));
        }
        if (platform != null) {
            parameters.put(EngineConfig.PLATFORM, platform.toAbsolutePath().toString());
        }
        return parameters;
    }

    /** Refuses levels, tags and ICS ids no selected profile knows, so a typo cannot shrink the run. */
    private void checkSelection(List<Profile> loaded) {
        for (String level : levels) {
            if (Level.parse(level) == null) {
                throw new BadInputException("error: --level " + level + " is not a level; expected must, should or may");
            }
        }
        Set<String> knownTags = new TreeSet<>();
        loaded.forEach(p -> p.clauses().forEach(c -> knownTags.addAll(c.tags())));
        for (String tag : tags) {
            if (!knownTags.contains(tag)) {
                throw new BadInputException("error: --tag " + tag + " is on no clause of the selected profiles; expected one of "
                        + knownTags);
            }
        }
        ParameterSettings.checked(params, loaded);
        Set<String> knownBindings = new TreeSet<>();
        loaded.forEach(p -> p.bindings().forEach(b -> knownBindings.add(b.id())));
        for (String binding : bindings) {
            if (knownBindings.stream().noneMatch(id -> Glob.compile(binding).matcher(id).matches())) {
                throw new BadInputException("error: --binding " + binding + " matches no binding of the selected profiles; "
                        + "expected one of " + knownBindings);
            }
        }
    }

    /**
     * Prints every problem the validation of the run's input found (schema and loader errors,
     * warnings) on standard error; false when any is an error, so the run must not start.
     */
    private static boolean report(List<? extends Validation<?>> validations) {
        Set<String> printed = new LinkedHashSet<>();
        validations.forEach(v -> v.problems().forEach(p -> {
            if (printed.add(p.toString())) {
                System.err.println(p);
            }
        }));
        return validations.stream().noneMatch(Validation::hasErrors);
    }

    /** Fail closed: with a descriptor, every ICS item of the selected profiles must have an answer. */
    private void checkIcs(List<Profile> loaded, PlatformDescriptor descriptor) {
        EngineConfig config = EngineConfig.from(configuration());
        Set<String> declared = new TreeSet<>();
        loaded.forEach(p -> p.ics().forEach(item -> declared.add(item.id())));
        for (String id : config.icsOverrides().keySet()) {
            if (!declared.contains(id)) {
                throw new BadInputException("error: --ics " + id + ": no selected profile declares this ICS item; expected one of "
                        + declared);
            }
        }
        if (descriptor == null) {
            return;
        }
        IcsAnswers answers = IcsAnswers.resolve(loaded, descriptor.ics(), config.icsOverrides(), config.icsDefault(), false);
        if (!answers.missing().isEmpty()) {
            throw new BadInputException(platform + ": error: " + answers.missingMessage());
        }
    }
}
