package org.thingconform.protocol.lwm2m;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.leshan.core.model.InvalidDDFFileException;
import org.eclipse.leshan.core.model.ObjectLoader;
import org.eclipse.leshan.core.model.ObjectModel;

/**
 * Builds a client's (empty) object tree from OMA DDF files, so that callers outside this adapter name
 * files, not Leshan's model types. The files were checked (with file:line:column errors) when the
 * profile was loaded; Leshan reads them again for its codecs.
 */
public final class Lwm2mModelFiles {

    /** Models by file and its modification time: every client of a run builds its tree from the same few files. */
    private static final java.util.Map<String, List<ObjectModel>> READ = new java.util.concurrent.ConcurrentHashMap<>();

    private Lwm2mModelFiles() {
    }

    /**
     * An object tree knowing the objects of {@code files}, with no instance yet.
     *
     * @throws IllegalArgumentException when a file cannot be read or is no LwM2M object model
     */
    public static Lwm2mObjectTree tree(List<Path> files) {
        List<ObjectModel> models = new ArrayList<>();
        for (Path file : files) {
            models.addAll(READ.computeIfAbsent(key(file), k -> read(file)));
        }
        return new Lwm2mObjectTree(models);
    }

    /** The file and when it last changed, so an edited model is read again. */
    private static String key(Path file) {
        try {
            return file.toAbsolutePath().normalize() + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<ObjectModel> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return List.copyOf(ObjectLoader.loadDdfFile(in, file.toString()));
        } catch (IOException | InvalidDDFFileException e) {
            throw new IllegalArgumentException(file + " is no LwM2M object model: " + e.getMessage(), e);
        }
    }
}
