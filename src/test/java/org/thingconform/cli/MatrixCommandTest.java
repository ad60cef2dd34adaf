package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code thingconform matrix} over two real results folders: a quick run of the device access
 * clauses against the embedded reference platform, and a run of one of them with a fault.
 */
class MatrixCommandTest {

    private static final String REFERENCE = "ThingConform reference platform";

    @TempDir
    static Path runs;

    static Path clean;
    static Path faulty;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @BeforeAll
    static void twoRuns() {
        clean = runs.resolve("clean");
        faulty = runs.resolve("faulty");
        int first = Main.execute("run", "--profile", "test-profiles/tsl-alink-mqtt", "--clause", "TM-5.1.*",
                "--out", clean.toString());
        int second = Main.execute("run", "--profile", "test-profiles/tsl-alink-mqtt", "--clause", "TM-5.1.2",
                "--binding", "alink-mqtt5", "--fault", "accept-any-credentials", "--out", faulty.toString());
        assertThat(first).isEqualTo(ExitCode.CONFORMANT);
        assertThat(second).isEqualTo(ExitCode.FAIL);
    }

    @Test
    void twoImplementationsSideBySideWithEvidenceLinks(@TempDir Path out) throws Exception {
        int exit = Main.execute("matrix", clean.toString(), faulty.toString(), "--name", faulty + "=Faulty <ref>",
                "--out", out.toString());

        assertThat(exit).as(console.stdout() + console.stderr()).isZero();
        assertThat(console.stdout()).containsPattern("TM-5\\.1\\.2\\s+PASS\\s+FAIL")
                .contains("[2] Faulty <ref>: 1 FAIL, 0 ERROR, 0 INCONCLUSIVE, 0 PASS, 0 NOT_APPLICABLE, 1 not run")
                .containsPattern("(?m)^TSL-ALINK draft-2026-11 TM-5\\.1\\.1\\s+PASS\\s+-$");
        JsonNode matrix = new ObjectMapper().readTree(out.resolve("implementation-matrix.json").toFile());
        assertThat(matrix.at("/implementations/0/name").asText()).isEqualTo(REFERENCE);
        assertThat(matrix.at("/implementations/1/runs/0/faults/0").asText()).isEqualTo("accept-any-credentials");
        JsonNode row = row(matrix, "TM-5.1.2");
        assertThat(row.get("standard").asText()).isEqualTo("TSL-ALINK");
        assertThat(row.at("/cells/" + REFERENCE + "/verdict").asText()).isEqualTo("PASS");
        JsonNode cell = row.at("/cells/Faulty <ref>");
        assertThat(cell.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(cell.get("reason").asText()).contains("expected the connection to be refused").contains("[step connect at ");
        assertThat(cell.at("/bindings/alink-mqtt5").asText()).isEqualTo("FAIL");
        assertThat(row(matrix, "TM-5.1.1").get("cells").has("Faulty <ref>")).as("the faulty run left it out").isFalse();

        JsonNode evidence = cell.at("/runs/0");
        URI rowLink = URI.create(evidence.get("clauseMatrix").asText());
        Path page = out.resolve(rowLink.getPath()).normalize();
        assertThat(page).isEqualTo(faulty.resolve("clause-matrix.html").toAbsolutePath().normalize());
        assertThat(Files.readString(page)).contains("<tr id=\"" + rowLink.getFragment() + "\">");
        assertThat(evidence.get("allure")).isNotEmpty().allSatisfy(result -> {
            assertThat(result.get("status").asText()).isEqualTo("failed");
            assertThat(out.resolve(result.get("result").asText())).isRegularFile();
            assertThat(out.resolve(result.get("trace").asText())).content().contains("CONNECT");
        });

        String html = Files.readString(out.resolve("implementation-matrix.html"));
        assertThat(html).contains("<th>Faulty &lt;ref&gt;</th>", "<span class=\"badge FAIL\">FAIL</span>",
                        "href=\"" + evidence.get("clauseMatrix").asText() + "\"", "<span class=\"none\">not run</span>")
                .doesNotContain("Faulty <ref>", "<script");
    }

    @Test
    void foldersOfOneImplementationShareAColumnWhereFailDecides(@TempDir Path out) throws Exception {
        int exit = Main.execute("matrix", clean.toString(), faulty.toString(), "--out", out.toString());

        assertThat(exit).as(console.stderr()).isZero();
        assertThat(console.stderr()).contains("note: the runs merged into '" + REFERENCE + "' switched on different faults");
        JsonNode matrix = new ObjectMapper().readTree(out.resolve("implementation-matrix.json").toFile());
        assertThat(matrix.get("implementations")).hasSize(1);
        JsonNode cell = row(matrix, "TM-5.1.2").at("/cells/" + REFERENCE);
        assertThat(cell.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(cell.get("decidedBy").asText()).isEqualTo(out.relativize(faulty).toString().replace('\\', '/'));
        assertThat(cell.get("runs")).extracting(r -> r.get("verdict").asText()).containsExactly("PASS", "FAIL");
        assertThat(row(matrix, "TM-5.1.1").at("/cells/" + REFERENCE + "/verdict").asText()).isEqualTo("PASS");
    }

    @Test
    void aBrokenFolderIsNamedAndTheMatrixWrittenBeforeIsKept(@TempDir Path out) throws Exception {
        assertThat(Main.execute("matrix", clean.toString(), "--out", out.toString())).isZero();
        String before = Files.readString(out.resolve("implementation-matrix.json"));
        Path broken = runs.resolve("broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("clause-matrix.json"), "{\"clauses\": [\n  {\"clause\": \"X\" \"verdict\": 1}]}");
        console.reset();

        int exit = Main.execute("matrix", clean.toString(), broken.toString(), runs.resolve("nothing").toString(),
                "--out", out.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains(broken.resolve("clause-matrix.json") + ":2:18: error: not valid JSON")
                .contains("nothing: error: no such folder")
                .contains("no matrix written: 2 of 3 result folder(s) could not be read").doesNotContain("\tat ");
        assertThat(Files.readString(out.resolve("implementation-matrix.json"))).isEqualTo(before);
        assertThat(out.resolve("implementation-matrix.html")).isNotEmptyFile();
    }

    private static JsonNode row(JsonNode matrix, String clause) {
        for (JsonNode row : matrix.get("clauses")) {
            if (row.get("clause").asText().equals(clause)) {
                return row;
            }
        }
        throw new AssertionError("no row " + clause + " in " + matrix);
    }
}
