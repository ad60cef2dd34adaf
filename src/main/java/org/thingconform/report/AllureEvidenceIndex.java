package org.thingconform.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads back the {@code allure-results} folder {@link AllureResultsExport} wrote, clause by
 * clause: which result files and message traces belong to a clause. Evidence is a help, not a
 * verdict, so a result file that cannot be read is reported as a warning and skipped.
 */
public final class AllureEvidenceIndex {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESULT_SUFFIX = "-result.json";

    private final Map<String, List<AllureEvidence>> byClause;

    private AllureEvidenceIndex(Map<String, List<AllureEvidence>> byClause) {
        this.byClause = byClause;
    }

    /**
     * The index of {@code resultsFolder}/allure-results; empty when the folder has none.
     *
     * @param warnings receives one line per result file that could not be read
     */
    public static AllureEvidenceIndex read(Path resultsFolder, Consumer<String> warnings) {
        Path dir = resultsFolder.resolve(AllureResultsExport.DIR_NAME);
        Map<String, List<AllureEvidence>> byClause = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return new AllureEvidenceIndex(byClause);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(RESULT_SUFFIX)).sorted().toList();
        } catch (IOException e) {
            warnings.accept(dir + ": warning: cannot list the Allure results (" + e.getMessage() + "); no links to them");
            return new AllureEvidenceIndex(byClause);
        }
        for (Path file : files) {
            try {
                AllureEvidence evidence = evidence(dir, file, JSON.readTree(file.toFile()));
                if (evidence != null) {
                    byClause.computeIfAbsent(key(evidence.profile(), evidence.clause()), k -> new ArrayList<>())
                            .add(evidence);
                }
            } catch (IOException e) {
                warnings.accept(file + ": warning: not a readable Allure result (" + firstLine(e.getMessage())
                        + "); skipped");
            }
        }
        byClause.values().forEach(list -> list.sort(Comparator.comparing(AllureEvidence::name)));
        return new AllureEvidenceIndex(byClause);
    }

    /** The results of one clause, ordered by binding and case; empty when there are none. */
    public List<AllureEvidence> of(String profile, String clause) {
        return List.copyOf(byClause.getOrDefault(key(profile, clause), List.of()));
    }

    private static AllureEvidence evidence(Path dir, Path file, JsonNode result) {
        String clause = label(result, AllureResultFactory.CLAUSE_LABEL);
        if (clause == null) {
            return null;
        }
        String profile = label(result, "suite");
        String fullName = result.path("fullName").asText("");
        String prefix = profile + "/" + clause;
        String name = fullName.startsWith(prefix + "/") ? fullName.substring(prefix.length() + 1) : "";
        Path trace = null;
        for (JsonNode attachment : result.path("attachments")) {
            if (AllureResultsExport.TRACE_TEXT.equals(attachment.path("name").asText())
                    && attachment.path("source").isTextual()) {
                trace = dir.resolve(attachment.get("source").asText());
            }
        }
        return new AllureEvidence(profile, clause, name, result.path("status").asText("unknown"), file, trace);
    }

    private static String label(JsonNode result, String name) {
        for (JsonNode label : result.path("labels")) {
            if (name.equals(label.path("name").asText()) && label.path("value").isTextual()) {
                return label.get("value").asText();
            }
        }
        return null;
    }

    private static String key(String profile, String clause) {
        return profile + "\u0000" + clause;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
