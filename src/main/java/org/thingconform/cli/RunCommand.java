package org.thingconform.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;
import org.thingconform.engine.EngineConfig;
import org.thingconform.engine.PlatformSession;
import org.thingconform.engine.ThingConformTestEngine;
import org.thingconform.platform.DescriptorLoader;
import org.thingconform.profile.ProfileLoader;
import org.thingconform.report.AllureHtmlGenerator;
import org.thingconform.source.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code thingconform run}: validates the input, runs the profiles through the JUnit
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
            files.forEach(ProfileLoader::load);
            if (platform != null) {
                DescriptorLoader.load(platform);
                if (!faults.isEmpty()) {
                    throw new BadInputException("error: --fault applies to the embedded reference platform only; "
                            + "drop --platform or the faults");
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

        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(files.stream().map(f -> DiscoverySelectors.selectFile(f.toFile())).toList())
                .configurationParameter(EngineConfig.REPORTS_DIR, outDir.toString())
                .configurationParameter(EngineConfig.FAULTS, String.join(",", faults));
        if (platform != null) {
            request.configurationParameter(EngineConfig.PLATFORM, platform.toAbsolutePath().toString());
        }
        LauncherDiscoveryRequest discovery = request.filters(
                org.junit.platform.launcher.EngineFilter.includeEngines(ThingConformTestEngine.ID)).build();
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
}
