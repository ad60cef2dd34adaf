package org.thingconform.merge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.thingconform.journal.JournalContent;
import org.thingconform.journal.RunJournal;
import org.thingconform.source.BadInputException;

/**
 * Reads the folders given to {@code merge}. A folder that is not there or holds no journal (a shard that never
 * started, an artifact never uploaded) is a note, and its shard counts as missing; a journal that cannot be read,
 * or one of a run that was not a shard, is bad input.
 */
public final class ShardFolders {

    private ShardFolders() {
    }

    /**
     * The shard folders among {@code dirs}, in the order given; {@code notes} hears of each folder left out.
     *
     * @throws BadInputException one line naming the folder, when a journal is unreadable or not a shard's
     */
    public static List<ShardFolder> read(List<Path> dirs, Consumer<String> notes) {
        List<ShardFolder> folders = new ArrayList<>();
        for (Path dir : dirs) {
            Path journal = dir.resolve(RunJournal.FILE_NAME);
            if (!Files.isRegularFile(journal)) {
                notes.accept(dir + ": warning: " + (Files.isDirectory(dir) ? "no " + RunJournal.FILE_NAME + " in this folder"
                        : "no such folder") + "; its shard counts as missing (its tests are NOT_RUN)");
                continue;
            }
            JournalContent content = JournalContent.read(journal);
            if (content.request().shard() == null) {
                throw new BadInputException(dir + ": error: not a shard: " + (content.shards().isEmpty()
                        ? "its run had no --shard" : "it is itself a merge of shards")
                        + "; expected the results folders of 'thingconform run --shard i/n'");
            }
            folders.add(new ShardFolder(dir, content));
        }
        if (folders.isEmpty()) {
            throw new BadInputException("error: none of the " + dirs.size() + " folder(s) holds a shard's "
                    + RunJournal.FILE_NAME + "; expected the results folders of 'thingconform run --shard i/n'");
        }
        return folders;
    }
}
