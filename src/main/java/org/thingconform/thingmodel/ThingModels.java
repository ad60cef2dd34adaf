package org.thingconform.thingmodel;

import java.nio.file.Path;
import org.thingconform.source.Warnings;
import org.thingconform.thingmodel.lwm2m.DdfImporter;

/**
 * Loads a thing model in any supported format (TSL JSON, WoT Thing Model, native YAML, LwM2M
 * DDF XML) into the one internal {@link ThingModel}, so callers (profiles, the command line)
 * need not know which importer reads what.
 */
public final class ThingModels {

    private ThingModels() {
    }

    /** Reads {@code file} as {@code format}; problems are located {@link org.thingconform.source.BadInputException}s. */
    public static ThingModel load(Path file, ThingModelFormat format) {
        return load(file, format, Warnings.IGNORE);
    }

    /** As {@link #load(Path, ThingModelFormat)}, reporting what is only suspicious to {@code warnings}. */
    public static ThingModel load(Path file, ThingModelFormat format, Warnings warnings) {
        return switch (format) {
            case TSL_JSON -> TslImporter.importFile(file, warnings);
            case WOT_TM -> WotImporter.importFile(file, warnings);
            case YAML -> YamlImporter.importFile(file, warnings);
            case LWM2M_DDF -> DdfImporter.importFile(file, warnings).model();
        };
    }
}
