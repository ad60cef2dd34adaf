package org.thingconform.thingmodel;

import java.nio.file.Path;

/**
 * Loads a thing model in any supported format into the one internal {@link ThingModel},
 * so callers (profiles, the command line) need not know which importer reads what.
 */
public final class ThingModels {

    private ThingModels() {
    }

    /** Reads {@code file} as {@code format}; problems are located {@link org.thingconform.source.BadInputException}s. */
    public static ThingModel load(Path file, ThingModelFormat format) {
        return switch (format) {
            case TSL_JSON -> TslImporter.importFile(file);
            case WOT_TM -> WotImporter.importFile(file);
            case YAML -> YamlImporter.importFile(file);
        };
    }
}
