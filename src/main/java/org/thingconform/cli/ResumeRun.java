package org.thingconform.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.thingconform.engine.EngineConfig;
import org.thingconform.evidence.EvidencePlan;
import org.thingconform.journal.JournalContent;
import org.thingconform.journal.JournalException;
import org.thingconform.journal.RunJournal;
import org.thingconform.journal.RunRequest;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.ClauseVerdicts;
import org.thingconform.source.BadInputException;
import org.thingconform.waiver.WaiverFile;

/**
 * {@code thingconform run --resume DIR}: finishes an interrupted run. Reads the journal's
 * request, refuses when the suite or any input changed since (naming the file), and runs the
 * same selection against the same platform, keeping every result the journal has and running
 * only the tests it lacks. A completed run is left as it is.
 */
final class ResumeRun {

    private ResumeRun() {
    }

    /**
     * Resumes the run in {@code dir}; {@code otherOptions} are the options given besides
     * {@code --resume}, {@code --jobs} and the evidence options, which must be none. A completed run is
     * not run again, but its evidence is packed and signed when {@code evidence} asks for it. {@code jobs}
     * (null: the default) is how the rest runs, which the journal does not fix: verdicts do not depend on it.
     */
    static int resume(Path dir, List<String> otherOptions, PrintStream stdout, EvidencePlan evidence, Integer jobs) {
        Path outDir = dir.toAbsolutePath().normalize();
        Path file = outDir.resolve(RunJournal.FILE_NAME);
        RunRequest request;
        JournalContent journal;
        try {
            if (!otherOptions.isEmpty()) {
                throw new BadInputException("error: --resume takes the run's options from its journal; drop "
                        + String.join(", ", otherOptions));
            }
            journal = JournalContent.read(file);
            request = journal.request();
            if (journal.completed()) {
                List<ClauseResult> clauses = ClauseVerdicts.perClause(List.copyOf(journal.results().values()));
                stdout.println(outDir + ": the run completed with " + journal.results().size() + " test result(s) over "
                        + clauses.size() + " clause(s); nothing to resume"
                        + (evidence.equals(EvidencePlan.NONE) ? ", nothing changed" : ""));
                int exit = ExitCode.of(clauses.stream().map(ClauseResult::verdict).toList(), request.waivers() == null ? 0
                        : WaiverFile.load(Path.of(request.waivers())).byClause(List.copyOf(journal.results().values())).size());
                if (!evidence.equals(EvidencePlan.NONE)) {
                    RunInputs.checkUnchanged(request, file, "pack the evidence of");
                    if (!EvidenceStep.write(request, outDir, evidence, stdout)) {
                        return exit == ExitCode.CONFORMANT || exit == ExitCode.WAIVED ? ExitCode.UNDECIDED : exit;
                    }
                }
                return exit;
            }
            RunInputs.checkUnchanged(request, file, "resume");
            RunInputs.check(request);
            try (RunJournal append = RunJournal.append(file)) {
                append.resumed();
            }
        } catch (BadInputException | JournalException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println(e.getMessage());
            }
            return ExitCode.BAD_INPUT;
        }
        stdout.println("resuming " + outDir + ": " + journal.results().size()
                + " test result(s) kept from the journal; running the tests without one");
        return RunLaunch.execute(request, outDir, EngineConfig.JournalMode.RESUME, stdout, evidence, jobs);
    }
}
