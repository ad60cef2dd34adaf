package org.thingconform.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.thingconform.report.AllureEvidenceIndex;
import org.thingconform.report.ClauseMatrix;
import org.thingconform.report.ClauseMatrixHtml;
import org.thingconform.report.RunManifest;
import org.thingconform.result.Level;
import org.thingconform.result.Verdict;
import org.thingconform.source.BadInputException;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.SourceLocation;

/**
 * Reads a results folder written by {@code thingconform run}: its {@code clause-matrix.json}
 * (required), {@code run-manifest.json} (for the platform's name; optional when a label is
 * given) and the Allure results (for evidence links). Anything wrong is a
 * {@link BadInputException} naming the file, and the line and column inside it.
 */
public final class ResultsFolderReader {

    private static final String EXPECTED_FOLDER = "a results folder written by 'thingconform run' (with "
            + ClauseMatrix.FILE_NAME + " and " + RunManifest.FILE_NAME + ")";
    private static final String VERDICTS = Arrays.toString(Verdict.values());

    private ResultsFolderReader() {
    }

    /**
     * Reads {@code folder}.
     *
     * @param label    the implementation's name given for this folder, or null to take the platform's
     *                 name from the manifest
     * @param warnings receives one line per evidence file that could not be read (never fatal)
     * @throws BadInputException when the folder, its clause matrix or its manifest is missing or broken
     */
    public static ResultsFolder read(Path folder, String label, Consumer<String> warnings) {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.exists(dir)) {
            throw new BadInputException(display(folder) + ": error: no such folder; expected " + EXPECTED_FOLDER);
        }
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(display(folder) + ": error: not a folder; expected " + EXPECTED_FOLDER);
        }
        Path matrixFile = dir.resolve(ClauseMatrix.FILE_NAME);
        if (!Files.isRegularFile(matrixFile)) {
            throw new BadInputException(display(folder.resolve(ClauseMatrix.FILE_NAME)) + ": error: file not found, so "
                    + display(folder) + " is no results folder; expected " + EXPECTED_FOLDER);
        }
        List<RecordedClause> clauses = clauses(DocumentReader.read(folder.resolve(ClauseMatrix.FILE_NAME)));
        Path manifestFile = folder.resolve(RunManifest.FILE_NAME);
        Manifest manifest;
        if (Files.isRegularFile(manifestFile)) {
            manifest = manifest(DocumentReader.read(manifestFile));
        } else if (label != null) {
            manifest = new Manifest(null, List.of(), null);
        } else {
            throw new BadInputException(display(manifestFile) + ": error: file not found, so the implementation this "
                    + "run tested is unknown; expected the run manifest 'thingconform run' writes, or --name "
                    + display(folder) + "=LABEL");
        }
        String implementation = label != null ? label
                : manifest.platformName() == null || manifest.platformName().isBlank() ? "unnamed platform"
                : manifest.platformName();
        return new ResultsFolder(dir, implementation, manifest.platformName(), manifest.faults(), manifest.start(),
                clauses, AllureEvidenceIndex.read(dir, warnings), Files.isRegularFile(dir.resolve(ClauseMatrixHtml.FILE_NAME)),
                Files.isRegularFile(dir.resolve("allure-report").resolve("index.html")));
    }

    private static List<RecordedClause> clauses(LocatedDocument doc) {
        JsonNode root = doc.root();
        if (!root.isObject()) {
            throw doc.error("", "the clause matrix is not a JSON object", "{\"summary\": …, \"clauses\": […]}");
        }
        JsonNode rows = root.get("clauses");
        if (rows == null || !rows.isArray()) {
            throw doc.error(rows == null ? "" : "/clauses", "the clause matrix has no 'clauses' array",
                    "\"clauses\": [{\"clause\": …, \"verdict\": …}, …]");
        }
        List<RecordedClause> clauses = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            clauses.add(clause(doc, "/clauses/" + i, rows.get(i)));
        }
        return clauses;
    }

    private static RecordedClause clause(LocatedDocument doc, String at, JsonNode row) {
        if (!row.isObject()) {
            throw doc.error(at, "a clause row is not a JSON object", "{\"clause\": …, \"verdict\": …}");
        }
        String id = text(doc, row, at, "clause");
        if (id == null || id.isBlank()) {
            throw doc.error(at, "a clause row has no 'clause' id", "the clause id as text, e.g. \"TM-5.2.1\"");
        }
        Verdict verdict = verdict(doc, at + "/verdict", row.get("verdict"));
        if (verdict == null) {
            throw doc.error(at, "clause " + id + " has no 'verdict'", "one of " + VERDICTS);
        }
        String levelText = text(doc, row, at, "level");
        Level level = levelText == null ? null : Level.parse(levelText);
        if (levelText != null && level == null) {
            throw doc.error(at + "/level", "unknown level '" + levelText + "' of clause " + id, "MUST, SHOULD or MAY");
        }
        Map<String, Verdict> bindings = new LinkedHashMap<>();
        JsonNode byBinding = row.get("bindings");
        if (byBinding != null && !byBinding.isNull()) {
            if (!byBinding.isObject()) {
                throw doc.error(at + "/bindings", "'bindings' of clause " + id + " is not a JSON object",
                        "binding id → verdict, e.g. {\"alink-mqtt\": \"PASS\"}");
            }
            byBinding.fields().forEachRemaining(e -> bindings.put(e.getKey(),
                    verdict(doc, at + "/bindings/" + DocumentReader.escape(e.getKey()), e.getValue())));
            bindings.values().removeIf(v -> v == null);
        }
        ClauseKey key = new ClauseKey(text(doc, row, at, "standard"), text(doc, row, at, "edition"), id);
        return new RecordedClause(key, text(doc, row, at, "profile"), level, text(doc, row, at, "summary"), verdict,
                text(doc, row, at, "reason"), bindings, shown(row, verdict), row.path("intermittent").asBoolean(false));
    }

    /** How the run showed the verdict ({@code shownVerdict}, written since runs can confirm and waive). */
    private static String shown(JsonNode row, Verdict verdict) {
        JsonNode shown = row.get("shownVerdict");
        return shown != null && shown.isTextual() && !shown.asText().isBlank() ? shown.asText()
                : verdict == null ? null : verdict.name();
    }

    private static Verdict verdict(LocatedDocument doc, String at, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            for (Verdict v : Verdict.values()) {
                if (v.name().equals(node.asText())) {
                    return v;
                }
            }
        }
        throw doc.error(at, "unknown verdict " + node, "one of " + VERDICTS);
    }

    /** The text at {@code row.name}, null when absent or null; anything but text is an error. */
    private static String text(LocatedDocument doc, JsonNode row, String at, String name) {
        JsonNode node = row.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw doc.error(at + "/" + name, "'" + name + "' is " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT), "text");
        }
        return node.asText();
    }

    private static Manifest manifest(LocatedDocument doc) {
        JsonNode root = doc.root();
        if (!root.isObject()) {
            throw doc.error("", "the run manifest is not a JSON object", "{\"platformName\": …, \"faults\": […], …}");
        }
        String name = text(doc, root, "", "platformName");
        if (name == null && root.path("platform").isObject()) {
            name = text(doc, root.get("platform"), "/platform", "name");
        }
        List<String> faults = new ArrayList<>();
        JsonNode list = root.get("faults");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw doc.error("/faults", "'faults' is not a JSON array", "the fault names, e.g. [\"accept-out-of-range\"]");
            }
            list.forEach(f -> faults.add(f.asText()));
        }
        JsonNode start = root.get("start");
        return new Manifest(name, faults, start == null || start.isNull() ? null : start.asText());
    }

    private static String display(Path path) {
        return SourceLocation.display(path);
    }

    private record Manifest(String platformName, List<String> faults, String start) {
    }
}
