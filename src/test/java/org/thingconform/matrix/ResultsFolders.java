package org.thingconform.matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes small results folders (clause-matrix.json, run-manifest.json) for the matrix tests. */
final class ResultsFolders {

    private final Path folder;
    private final List<String> rows = new ArrayList<>();
    private String platformName = "Platform A";
    private String faults = "[]";

    private ResultsFolders(Path folder) {
        this.folder = folder;
    }

    static ResultsFolders in(Path folder) {
        return new ResultsFolders(folder);
    }

    ResultsFolders platform(String name) {
        this.platformName = name;
        return this;
    }

    ResultsFolders faults(String jsonArray) {
        this.faults = jsonArray;
        return this;
    }

    /** A row of standard STD, edition 1.0. */
    ResultsFolders clause(String id, String verdict, String reason) {
        return clause("STD", "1.0", id, verdict, reason, null);
    }

    /** A row of standard STD, edition 1.0, as a run showed it (a confirmed or waived verdict: {@code shownVerdict}). */
    ResultsFolders shown(String id, String verdict, String shown, String reason) {
        rows.add("{\"profile\": \"p\", \"clause\": \"" + id + "\", \"level\": \"MUST\", \"verdict\": \"" + verdict
                + "\", \"shownVerdict\": \"" + shown + "\", \"intermittent\": " + shown.contains("(intermittent:")
                + ", \"reason\": \"" + reason + "\", \"standard\": \"STD\", "
                + "\"edition\": \"1.0\", \"summary\": \"about " + id + "\"}");
        return this;
    }

    /** A row with every key field and, when {@code bindingsJson} is not null, its per-binding verdicts. */
    ResultsFolders clause(String standard, String edition, String id, String verdict, String reason,
                          String bindingsJson) {
        rows.add("{\"profile\": \"p\", \"clause\": \"" + id + "\", \"level\": \"MUST\", \"verdict\": \"" + verdict
                + "\", \"reason\": " + (reason == null ? "null" : "\"" + reason + "\"") + ", \"standard\": \""
                + standard + "\", \"edition\": \"" + edition + "\", \"summary\": \"about " + id + "\""
                + (bindingsJson == null ? "" : ", \"bindings\": " + bindingsJson) + "}");
        return this;
    }

    /** Writes the clause matrix and, when {@code withManifest}, the run manifest; returns the folder. */
    Path write(boolean withManifest) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("clause-matrix.json"),
                    "{\n  \"summary\": {},\n  \"clauses\": [\n    " + String.join(",\n    ", rows) + "\n  ]\n}\n");
            if (withManifest) {
                Files.writeString(folder.resolve("run-manifest.json"), "{\"suiteVersion\": \"t\", \"platformName\": \""
                        + platformName + "\", \"faults\": " + faults + ", \"start\": \"2026-01-01T00:00:00Z\"}\n");
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write() {
        return write(true);
    }
}
