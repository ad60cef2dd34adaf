package org.thingconform.thingmodel;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The file formats a thing model can be written in. Profiles name them in
 * {@code thingModels: {id: {format: …}}} and {@code thingconform export-model} guesses
 * them from file names, so the names and suffixes live here, once.
 */
public enum ThingModelFormat {
    /** Alibaba/ICA-style TSL JSON, {@code *.tsl.json}. */
    TSL_JSON("tsl-json", ".tsl.json"),
    /** W3C WoT Thing Model 1.1 JSON, {@code *.tm.json}. */
    WOT_TM("wot-tm", ".tm.json"),
    /** ThingConform's native YAML thing model, {@code *.yaml}. */
    YAML("yaml", ".yaml"),
    /** An OMA LwM2M object model (DDF XML), {@code *.xml}. */
    LWM2M_DDF("lwm2m-ddf", ".xml");

    private final String formatName;
    private final String suffix;

    ThingModelFormat(String formatName, String suffix) {
        this.formatName = formatName;
        this.suffix = suffix;
    }

    /** The name profiles and the command line use, e.g. {@code wot-tm}. */
    public String formatName() {
        return formatName;
    }

    /** The file-name suffix of the format, e.g. {@code .tm.json}. */
    public String suffix() {
        return suffix;
    }

    /** The format called {@code name}; empty when no format has that name. */
    public static Optional<ThingModelFormat> fromName(String name) {
        return Arrays.stream(values()).filter(f -> f.formatName.equals(name)).findFirst();
    }

    /** The format a file's name suggests ({@code .yml} counts as YAML); empty when it suggests none. */
    public static Optional<ThingModelFormat> guess(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        return Arrays.stream(values()).filter(f -> name.endsWith(f.suffix)).findFirst();
    }

    /** The format names, for "expected …" messages: {@code tsl-json, wot-tm, yaml or lwm2m-ddf}. */
    public static String choices() {
        String all = Arrays.stream(values()).map(ThingModelFormat::formatName).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }

    @Override
    public String toString() {
        return formatName;
    }
}
