package org.thingconform.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.thingconform.source.BadInputException;
import org.thingconform.source.SourceLocation;
import org.thingconform.thingmodel.ThingModel;
import org.thingconform.thingmodel.ThingModelFormat;
import org.thingconform.thingmodel.ThingModels;
import org.thingconform.thingmodel.WotThingModelExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code thingconform export-model}: reads a thing model in any supported format and writes
 * it as a W3C WoT Thing Model 1.1, so models written for a profile can be handed to WoT
 * tooling (and a model's import can be checked by eye).
 */
@Command(name = "export-model", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Import a thing model (TSL JSON, WoT Thing Model, native YAML or LwM2M object model DDF XML) "
                + "and write it as a "
                + "W3C WoT Thing Model 1.1 (JSON).",
        footer = {"", "Exit codes:", "  0  exported", "  2  bad input or usage (the message says where)"})
final class ExportModelCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The thing model to import.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "tsl-json, wot-tm, yaml or lwm2m-ddf. Default: from the file name "
                    + "(*.tsl.json, *.tm.json, *.yaml, *.yml or *.xml).")
    ThingModelFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the Thing Model to FILE. Default: standard output.")
    Path out;

    @Override
    public Integer call() {
        ThingModelFormat chosen = format != null ? format : ThingModelFormat.guess(file).orElseThrow(() ->
                new BadInputException(SourceLocation.display(file) + ": error: cannot tell the thing-model format "
                        + "from the file name; expected --format " + ThingModelFormat.choices()
                        + ", or a name ending in .tsl.json, .tm.json, .yaml or .xml"));
        ThingModel model = ThingModels.load(file, chosen);
        String json = WotThingModelExporter.toJson(model) + System.lineSeparator();
        if (out == null) {
            System.out.print(json);
            System.out.flush();
            return ExitCode.CONFORMANT;
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(out, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(SourceLocation.display(out) + ": error: cannot write the Thing Model ("
                    + e.getMessage() + ")");
        }
        System.out.println("wrote " + SourceLocation.display(out));
        return ExitCode.CONFORMANT;
    }

    /** Parses {@code --format} by its format name. */
    static final class FormatConverter implements ITypeConverter<ThingModelFormat> {
        @Override
        public ThingModelFormat convert(String value) {
            return ThingModelFormat.fromName(value).orElseThrow(() -> new TypeConversionException(
                    "unknown format '" + value + "'; expected " + ThingModelFormat.choices()));
        }
    }
}
