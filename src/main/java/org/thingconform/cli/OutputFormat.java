package org.thingconform.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The {@code --format} of report-style commands (lint, diff): text for people, json for tools. */
enum OutputFormat {
    TEXT, JSON;

    /** Accepts {@code text} and {@code json} in any case, and names both otherwise. */
    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown format '" + value + "'; expected text or json");
            }
        }
    }
}
