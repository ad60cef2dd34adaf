package org.thingconform.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.thingconform.engine.EngineConfig;
import org.thingconform.evidence.EvidenceFolder;
import org.thingconform.evidence.EvidencePlan;
import org.thingconform.journal.JournalException;
import org.thingconform.journal.RunJournal;
import org.thingconform.merge.MergedRun;
import org.thingconform.merge.ShardFolder;
import org.thingconform.merge.ShardFolders;
import org.thingconform.merge.ShardsTogether;
import org.thingconform.shard.ShardOrigin;
import org.thingconform.source.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code thingconform merge DIR… --out OUT}: combines the results folders of a sharded run's shards
 * ({@code run --shard i/n}, on any machines) into the reports of the whole run. Refuses folders that are not
 * shards of one run; renders a missing or unfinished shard's tests as NOT_RUN, with a message, and exits as
 * {@code run} does.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Combine the results folders of the shards of one run ('run --shard i/n') into the run's "
                + "reports: clause matrix, Allure, JUnit XML, manifest, journal and evidence.",
        footer = {"", "Exit codes:", "  0  every applicable clause PASS", "  1  at least one clause FAIL not waived",
                "  2  bad input or usage: folders that are not shards of one run (nothing written)",
                "  3  no FAIL, but some ERROR, INCONCLUSIVE or NOT_RUN (a missing or unfinished shard's tests)",
                "  4  some clause FAIL, every FAIL waived (--waivers), nothing undecided"})
final class MergeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "1..*",
            description = "The results folder (--out) of each shard; a folder without a journal counts as a missing shard.")
    List<Path> dirs;

    @Option(names = "--out", paramLabel = "OUT", required = true,
            description = "Where the merged reports go; earlier reports there are replaced. Not one of the shard folders.")
    Path out;

    @Mixin
    EvidenceOptions evidence;

    @Override
    public Integer call() {
        Path outDir = out.toAbsolutePath().normalize();
        EvidencePlan plan;
        MergedRun merged;
        try {
            plan = evidence.plan();
            for (Path dir : dirs) {
                if (dir.toAbsolutePath().normalize().equals(outDir)) {
                    throw new BadInputException(dir + ": error: --out is this shard's own folder; expected a folder "
                            + "of its own for the merged reports");
                }
            }
            List<ShardFolder> folders = ShardFolders.read(dirs, System.err::println);
            ShardsTogether.check(folders);
            merged = MergedRun.of(folders);
            RunInputs.checkUnchanged(merged.request(), folders.get(0).journal().file(), "merge");
            RunInputs.check(merged.request());
            OutputDirectory.prepare(outDir, List.of("clause-matrix.json", "clause-matrix.html", "run-manifest.json",
                    RunJournal.FILE_NAME), List.of("allure-results", "allure-report", "junit", RunLaunch.EVENTS_DIR,
                    EvidenceFolder.DIR_NAME));
            RunJournal.merged(outDir.resolve(RunJournal.FILE_NAME), merged.request(), merged.shards(), merged.platform(),
                    merged.results());
        } catch (BadInputException | JournalException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println(e.getMessage());
            }
            return ExitCode.BAD_INPUT;
        }
        for (ShardOrigin shard : merged.shards()) {
            if (shard.folder() != null) {
                System.out.println("shard " + shard.shard() + " <- " + shard.folder() + " (host " + shard.host() + ", "
                        + shard.results() + " test result(s)" + (shard.completed() ? ")" : ", did not complete)"));
            }
        }
        merged.notes().forEach(System.err::println);
        System.out.println("merging " + merged.shards().size() + " shard(s) into " + outDir + ": "
                + merged.results().size() + " test result(s)");
        return RunLaunch.execute(merged.request(), outDir, EngineConfig.JournalMode.RENDER, System.out, plan);
    }
}
