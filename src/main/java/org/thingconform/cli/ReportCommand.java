package org.thingconform.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.thingconform.engine.EngineConfig;
import org.thingconform.evidence.EvidencePlan;
import org.thingconform.journal.JournalContent;
import org.thingconform.journal.JournalException;
import org.thingconform.journal.RunJournal;
import org.thingconform.source.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code thingconform report DIR}: renders every report of a run from its journal, running
 * nothing: what finished keeps its verdict, what did not is NOT_RUN. For a run that was killed
 * or crashed, so its evidence can be read before (or instead of) resuming it.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write the reports of a run (interrupted or not) from its journal, without running anything: "
                + "tests without a result are NOT_RUN.",
        footer = {"", "Exit codes:", "  0  every applicable clause PASS", "  1  at least one clause FAIL",
                "  2  bad input or usage", "  3  no FAIL, but some ERROR, INCONCLUSIVE or NOT_RUN"})
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The results folder of the run (its --out), holding "
            + RunJournal.FILE_NAME + ".")
    Path dir;

    @Mixin
    EvidenceOptions evidence;

    @Override
    public Integer call() {
        Path outDir = dir.toAbsolutePath().normalize();
        JournalContent journal;
        EvidencePlan plan;
        try {
            plan = evidence.plan();
            journal = JournalContent.read(outDir.resolve(RunJournal.FILE_NAME));
            RunInputs.checkUnchanged(journal.request(), journal.file(), "render");
            RunInputs.check(journal.request());
        } catch (BadInputException | JournalException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println(e.getMessage());
            }
            return ExitCode.BAD_INPUT;
        }
        System.out.println("rendering " + outDir + " from its journal: " + journal.results().size()
                + " test result(s)" + (journal.completed() ? "; the run completed" : "; the run did not complete"));
        return RunLaunch.execute(journal.request(), outDir, EngineConfig.JournalMode.RENDER, System.out, plan);
    }
}
