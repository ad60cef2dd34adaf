package org.thingconform.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.thingconform.source.BadInputException;

/**
 * Prepares a command's output folder: creates it and removes what the command itself wrote
 * there last time, so no stale result mixes in, and nothing else is touched.
 */
final class OutputDirectory {

    private OutputDirectory() {
    }

    /**
     * @param files the file names the command writes
     * @param dirs  the folder names the command writes (removed with their content)
     * @throws BadInputException when the folder cannot be created or cleaned
     */
    static void prepare(Path outDir, List<String> files, List<String> dirs) {
        try {
            Files.createDirectories(outDir);
            for (String dir : dirs) {
                org.thingconform.source.FileTrees.deleteTree(outDir.resolve(dir));
            }
            for (String file : files) {
                Files.deleteIfExists(outDir.resolve(file));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException(outDir + ": error: cannot prepare the output directory (" + e.getMessage() + ")");
        }
    }
}
