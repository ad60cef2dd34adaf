package org.thingconform.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.source.BadInputException;

/** Bad results folders are refused with a message naming the file, and where in it. */
class ResultsFolderReaderTest {

    @TempDir
    Path dir;

    @Test
    void aFolderWithoutAClauseMatrixIsNoResultsFolder() throws Exception {
        Files.createDirectories(dir.resolve("empty"));

        assertThatThrownBy(() -> read(dir.resolve("empty"), null)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("empty/clause-matrix.json: error: file not found")
                .hasMessageContaining("expected a results folder written by 'thingconform run'");
        assertThatThrownBy(() -> read(dir.resolve("missing"), null)).hasMessageContaining("missing: error: no such folder");
        Files.writeString(dir.resolve("file.txt"), "x");
        assertThatThrownBy(() -> read(dir.resolve("file.txt"), null)).hasMessageContaining("file.txt: error: not a folder");
    }

    @Test
    void aJsonSyntaxErrorNamesLineAndColumn() throws Exception {
        Path folder = ResultsFolders.in(dir.resolve("broken")).clause("X-1", "PASS", null).write();
        Files.writeString(folder.resolve("clause-matrix.json"), "{\n  \"clauses\": [\n    {\"clause\": \"X-1\",}\n  ]\n}\n");

        assertThatThrownBy(() -> read(folder, null)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("broken/clause-matrix.json:3:22: error: not valid JSON");
    }

    @Test
    void anUnknownVerdictOrAMissingIdIsLocated() throws Exception {
        Path folder = ResultsFolders.in(dir.resolve("odd")).clause("X-1", "PASS", null).clause("X-2", "MAYBE", null)
                .write();
        assertThatThrownBy(() -> read(folder, null))
                .hasMessageMatching("(?s).*odd/clause-matrix\\.json:5:\\d+: error: unknown verdict \"MAYBE\"; "
                        + "expected one of \\[PASS, .*");

        Files.writeString(folder.resolve("clause-matrix.json"), "{\"clauses\": [{\"verdict\": \"PASS\"}]}");
        assertThatThrownBy(() -> read(folder, null)).hasMessageContaining("clause-matrix.json:1:14: error: a clause row "
                + "has no 'clause' id");

        Files.writeString(folder.resolve("clause-matrix.json"), "[]");
        assertThatThrownBy(() -> read(folder, null)).hasMessageContaining("clause-matrix.json:1:1: error: the clause "
                + "matrix is not a JSON object");
    }

    @Test
    void withoutAManifestOnlyALabelNamesTheImplementation() {
        Path folder = ResultsFolders.in(dir.resolve("bare")).clause("X-1", "PASS", null).write(false);

        assertThatThrownBy(() -> read(folder, null)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("bare/run-manifest.json: error: file not found")
                .hasMessageContaining("--name");
        assertThat(read(folder, "Vendor X").implementation()).isEqualTo("Vendor X");
    }

    private static ResultsFolder read(Path folder, String label) {
        return ResultsFolderReader.read(folder, label, warning -> {
            throw new AssertionError("unexpected warning " + warning);
        });
    }
}
