package org.thingconform.thingmodel.lwm2m;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The LwM2M object models of a run, each imported once per file and modification time: every simulated
 * client and every clause expanded over an object's resources starts from the same import, and an edited
 * file is read again.
 */
public final class ImportedObjects {

    private static final Map<String, Lwm2mObject> IMPORTED = new ConcurrentHashMap<>();

    private ImportedObjects() {
    }

    /**
     * The object model in {@code file}.
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws org.thingconform.source.BadInputException when it is no valid DDF
     */
    public static Lwm2mObject of(Path file) {
        String key;
        try {
            key = file.toAbsolutePath().normalize() + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the object model " + file + ": " + e.getMessage(), e);
        }
        return IMPORTED.computeIfAbsent(key, k -> DdfImporter.importFile(file));
    }
}
