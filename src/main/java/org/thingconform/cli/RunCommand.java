package org.thingconform.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.thingconform.engine.EngineConfig;
import org.thingconform.evidence.EvidenceFolder;
import org.thingconform.evidence.EvidencePlan;
import org.thingconform.history.HistoryFolder;
import org.thingconform.history.VerdictHistory;
import org.thingconform.journal.JournalException;
import org.thingconform.journal.RunJournal;
import org.thingconform.journal.RunRequest;
import org.thingconform.profile.Profile;
import org.thingconform.result.SuiteVersion;
import org.thingconform.shard.ShardSpec;
import org.thingconform.source.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code thingconform run}: validates the input as {@code thingconform validate} does (and
 * refuses to start on any error), runs the profiles through the JUnit
 * Platform Launcher against the platform, prints a verdict per clause, writes every
 * report and exits with a code a CI job can act on.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run test profiles against a platform and report a verdict for every clause.",
        footer = {"", "Exit codes:", "  0  every applicable clause PASS", "  1  at least one clause FAIL not waived",
                "  2  bad input or usage (nothing was judged)", "  3  no FAIL (or every FAIL waived), but some ERROR, INCONCLUSIVE or NOT_RUN",
                "  4  some clause FAIL, every FAIL waived (--waivers), nothing undecided"})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

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

    @Option(names = "--clock", paramLabel = "INSTANT",
            description = "The instant generated date values take as now, ISO-8601 UTC (e.g. 2026-12-04T17:00:00Z). "
                    + "Default: the run's start. Recorded in the journal, so a resume or a replay generates the same values.")
    String clock;

    @Option(names = "--case", paramLabel = "TEST-ID",
            description = "Run only this test, by the unique id a report prints for it, e.g. "
                    + "'[engine:thingconform]/[profile:…]/[clause:TM-5.1]/[case:voltage/invalid.above-max]' (repeatable). "
                    + "Give the seed, clock and parameters of the run that printed it: the report's replay command does.")
    List<String> cases = new ArrayList<>();

    @Option(names = "--certify",
            description = "A certification run: refuses --fault, --ics, --ics-default, --param for a parameter the profile "
                    + "does not mark as IXIT, any clause, tag, level, binding or case selection, and draft profiles "
                    + "(unless --allow-draft); every ICS item must be answered by the descriptor. Reports say so.")
    boolean certify;

    @Option(names = "--allow-draft",
            description = "With --certify: accept profiles whose standard is a draft (recorded in the reports).")
    boolean allowDraft;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "Accept the failures this waivers file lists (see test-profiles/waivers.example.yaml): a waived "
                    + "FAIL stays FAIL, shown as 'FAIL (waived: reason)' and counted apart. An expired entry, or one that "
                    + "matches nothing the run selects, stops the run (exit 2).")
    Path waivers;

    @Option(names = "--confirm", paramLabel = "N",
            description = "Run every test that does not PASS (nor is NOT_APPLICABLE) N more times, and report how many "
                    + "tries agreed: a FAIL on some tries only is 'FAIL (intermittent: k of n)', counted apart (it stays "
                    + "FAIL); any FAIL makes the verdict FAIL, else the worst try decides. Allowed with --certify.")
    Integer confirm;

    @Option(names = "--jobs", paramLabel = "N",
            description = "How many tests may run side by side where they cannot see each other: tests that touch only "
                    + "their own devices (each in a lane with a device per role of its own: the reference registers N "
                    + "per role, a descriptor names them under 'pool') or their own MQTT clients; tests of the peer's "
                    + "view or of a WoT Thing run one after the other. Default: four per core, 4 to 16, capped by the "
                    + "descriptor's maxConcurrency. 1: one after the other. The console and the reports list clauses "
                    + "in profile order either way, with the same verdicts.")
    Integer jobs;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Finish the interrupted run whose results folder is DIR: run, with the options recorded in its "
                    + "journal, only the tests without a result, then write complete reports. Takes no other option but "
                    + "--jobs and the evidence options (--bundle, --sign-key…).")
    Path resume;

    @Option(names = "--shard", paramLabel = "i/n",
            description = "Run only shard i of n of the selected tests (see 'thingconform merge'): the tests, sorted by "
                    + "unique id, are dealt round-robin, so the n shards of the same selection, seed and options run "
                    + "every test once between them, on any machines. Recorded in the journal and manifest.")
    String shard;

    @Option(names = "--fault", paramLabel = "NAME",
            description = "Switch on a deliberate violation in the embedded reference platform (repeatable). "
                    + "See 'thingconform reference --list-faults'.")
    List<String> faults = new ArrayList<>();

    @Option(names = "--history", paramLabel = "DIR",
            description = "Keep the last runs in DIR (created if needed; give the same DIR to every run): the clause "
                    + "matrix shows each clause's verdicts of the last " + VerdictHistory.KEPT + " runs and marks it "
                    + "newly failing, fixed or flaky; the Allure report's Trend shows the last runs. DIR holds "
                    + VerdictHistory.FILE_NAME + " and " + HistoryFolder.ALLURE_DIR + "/.")
    Path history;

    @Mixin
    EvidenceOptions evidence;

    @Override
    public Integer call() {
        EvidencePlan plan;
        try {
            plan = evidence.plan();
        } catch (BadInputException e) {
            System.err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (jobs != null && jobs < 1) {
            System.err.println("error: --jobs " + jobs + ": expected how many clauses may run side by side, at least 1 "
                    + "(1: one after the other)");
            return ExitCode.BAD_INPUT;
        }
        if (resume != null) {
            return ResumeRun.resume(resume, spec.commandLine().getParseResult().matchedOptions().stream()
                    .map(o -> o.longestName()).filter(n -> !n.equals("--resume") && !n.equals("--jobs"))
                    .filter(n -> !EvidenceOptions.NAMES.contains(n)).toList(), System.out, plan, jobs);
        }
        Path outDir = (out == null ? ProjectPaths.defaultOut() : out).toAbsolutePath().normalize();
        RunRequest request;
        try {
            request = request(profileFiles());
            List<Profile> loaded = RunInputs.check(request);
            request = request.withInputs(RunRequests.inputs(loaded, request.platform(), request.waivers()));
            OutputDirectory.prepare(outDir, List.of("clause-matrix.json", "clause-matrix.html", "run-manifest.json",
                    RunJournal.FILE_NAME, VerdictHistory.FILE_NAME, "allure-history.log"), List.of("allure-results", "allure-report", "junit", RunLaunch.EVENTS_DIR,
                    EvidenceFolder.DIR_NAME));
            RunJournal.start(outDir.resolve(RunJournal.FILE_NAME), request).close();
        } catch (BadInputException | JournalException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println(e.getMessage());
            }
            return ExitCode.BAD_INPUT;
        }
        HistoryFolder kept = null;
        if (history != null) {
            try {
                kept = new HistoryFolder(history);
                VerdictHistory.load(kept.verdictHistory()); // a broken history stops the run before it starts
            } catch (BadInputException e) {
                System.err.println(e.getMessage());
                return ExitCode.BAD_INPUT;
            }
        }
        return RunLaunch.execute(request, outDir, EngineConfig.JournalMode.RUN, System.out, plan, jobs, kept);
    }

    /** The profile files: those of {@code --profile}, or, for {@code --case} alone, those the test ids name. */
    private List<Path> profileFiles() {
        if (!profiles.isEmpty() || cases.isEmpty()) {
            return ProfileSelection.files(profiles);
        }
        return ProfileSelection.files(cases.stream().map(RunRequests::profileOf).distinct().toList());
    }

    /** This command's options as a request (inputs not yet digested). */
    private RunRequest request(List<Path> files) {
        cases.forEach(RunRequests::profileOf); // a malformed id is refused before anything runs
        if (confirm != null && confirm < 1) {
            throw new BadInputException("error: --confirm " + confirm + ": expected how many more tries a test that did "
                    + "not pass gets, at least 1 (leave the option out for one try per test)");
        }
        Instant now = Instant.now();
        return new RunRequest(SuiteVersion.get(), now, files.stream().map(Path::toString).toList(),
                platform == null ? null : platform.toAbsolutePath().normalize().toString(), clauses, excludedClauses,
                bindings, tags, levels, ics, icsDefault, seed == null ? EngineConfig.DEFAULT_SEED : seed,
                clock == null ? now : EngineConfig.instant(clock), params, referenceTls, faults, cases, List.of(),
                certify, allowDraft, waivers == null ? null : waivers.toAbsolutePath().normalize().toString(),
                confirm == null ? 0 : confirm, shard == null ? null : ShardSpec.parse(shard, "--shard"));
    }
}
