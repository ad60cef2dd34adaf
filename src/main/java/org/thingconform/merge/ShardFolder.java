package org.thingconform.merge;

import java.nio.file.Files;
import java.nio.file.Path;
import org.thingconform.evidence.EvidenceFolder;
import org.thingconform.evidence.Sha256Sums;
import org.thingconform.journal.InputDigest;
import org.thingconform.journal.JournalContent;
import org.thingconform.journal.RunJournal;
import org.thingconform.shard.ShardOrigin;
import org.thingconform.shard.ShardSpec;

/**
 * The results folder of one shard, as {@code merge} reads it: its journal (whose request names the shard) and
 * the digest that stands for the folder.
 *
 * @param folder  the folder as given on the command line
 * @param journal its journal
 */
public record ShardFolder(Path folder, JournalContent journal) {

    /** Which shard the folder holds. */
    public ShardSpec shard() {
        return journal.request().shard();
    }

    /**
     * What a merged run records about this folder: the SHA-256 of {@code evidence/SHA256SUMS} (which lists the
     * digest of every report in the folder) when the shard wrote its evidence, else of its journal.
     */
    public ShardOrigin origin() {
        Path sums = folder.resolve(EvidenceFolder.DIR_NAME).resolve(Sha256Sums.FILE_NAME);
        boolean evidence = Files.isRegularFile(sums);
        String digestOf = evidence ? EvidenceFolder.DIR_NAME + "/" + Sha256Sums.FILE_NAME : RunJournal.FILE_NAME;
        String digest = InputDigest.of(evidence ? sums : folder.resolve(RunJournal.FILE_NAME)).sha256();
        return new ShardOrigin(shard().label(), folder.toString(), digest, digestOf, journal.host(),
                journal.request().startedAt(), journal.lastAt(), journal.completed(), journal.results().size());
    }
}
