package org.thingconform.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Reads what a run wrote under {@code --out}, for the command tests that check it. */
final class RunOutputs {

    private RunOutputs() {
    }

    static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    /** The Allure result of {@code clause} among the run's {@code allure-results}. */
    static JsonNode allureResult(Path reports, String clause) throws IOException {
        try (Stream<Path> files = Files.list(reports.resolve("allure-results"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("-result.json")).toList()) {
                JsonNode result = json(file);
                if (result.get("fullName").asText().contains("/" + clause)) {
                    return result;
                }
            }
        }
        throw new AssertionError("no Allure result of " + clause);
    }
}
