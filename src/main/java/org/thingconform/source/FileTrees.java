package org.thingconform.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Whole folders on disk: the one place a command removes a folder it wrote before. */
public final class FileTrees {

    private FileTrees() {
    }

    /** Deletes {@code dir} and everything below it; nothing when it does not exist. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** As {@link #deleteTree}, for a scratch folder in the temporary directory: what cannot be deleted stays. */
    public static void deleteScratch(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            deleteTree(dir);
        } catch (IOException | UncheckedIOException e) {
            // left for the system's cleaning of its temporary directory
        }
    }
}
