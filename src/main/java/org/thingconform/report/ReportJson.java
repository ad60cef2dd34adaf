package org.thingconform.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The one Jackson configuration of the report files (indented, times as ISO-8601 text), so
 * every JSON report ThingConform writes looks the same.
 */
public final class ReportJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    /**
     * {@code value} as JSON.
     *
     * @throws ReportWriteException when it cannot be serialised
     */
    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new ReportWriteException("cannot serialise " + value.getClass().getSimpleName()
                    + " to JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code value} as JSON to {@code file}.
     *
     * @throws ReportWriteException with a one-line message when it cannot be written
     */
    public static void write(Path file, Object value) {
        ReportFileIo.write(file, bytes(value));
    }
}
