package org.thingconform.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The tests a run journaled, with when each ran: how the tests of {@code --jobs} see what ran side by side. */
record JournaledTests(List<JournaledTests.Test> tests) {

    /** One journaled test: its clause and case, when it ran, and its message trace as JSON text. */
    record Test(String clause, String caseId, Instant start, Instant stop, String trace) {

        boolean overlaps(Test other) {
            return start.isBefore(other.stop) && other.start.isBefore(stop);
        }
    }

    /** The tests journaled in the run whose results folder is {@code out}. */
    static JournaledTests of(Path out) {
        List<Test> tests = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(out.resolve("journal.jsonl"))) {
                JsonNode result = RunOutputs.json(line).path("result");
                if (!result.isMissingNode() && result.hasNonNull("start")) {
                    tests.add(new Test(result.path("clause").path("clauseId").asText(), result.path("caseId").asText(),
                            Instant.parse(result.get("start").asText()), Instant.parse(result.get("stop").asText()),
                            result.path("trace").toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new JournaledTests(tests);
    }

    /** How many pairs of tests ran at the same time. */
    int overlappingPairs() {
        int pairs = 0;
        for (int i = 0; i < tests.size(); i++) {
            for (int j = i + 1; j < tests.size(); j++) {
                if (tests.get(i).overlaps(tests.get(j))) {
                    pairs++;
                }
            }
        }
        return pairs;
    }
}
