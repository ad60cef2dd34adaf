package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code thingconform mutate} end to end: exit codes, the printed matrix with the score last,
 * and the report files. Each run selects few faults (the full matrices are the *MutationTest classes'),
 * and bad input is rejected before the platform starts.
 */
class MutateCommandTest {

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void aCaughtFaultExitsZeroWritesBothReportsAndPrintsTheScoreLast(@TempDir Path reports) throws Exception {
        int exit = Main.execute("mutate", "--profile", "test-profiles/tsl-alink-mqtt", "--out", reports.toString(),
                "--fault", "accept-out-of-range", "--param", "quietPeriod=300ms");

        assertThat(exit).as(stdout() + stderr()).isZero();
        assertThat(stdout()).containsPattern("accept-out-of-range\\s+caught\\s+TM-5\\.2\\.3\\*")
                .contains("missed: none").contains("unguarded MUST clauses (no fault declares them): none")
                .contains("false alarms (not PASS against the fault-free platform): none").contains("exit 0");
        assertThat(lastLine()).matches("score: 1/1 faults caught \\(100%\\); 1 of \\d+ faults selected with --fault");
        JsonNode json = new ObjectMapper().readTree(reports.resolve("mutation-matrix.json").toFile());
        assertThat(json.at("/clean").asBoolean()).isTrue();
        assertThat(json.at("/score/caught").asInt()).isEqualTo(1);
        assertThat(json.at("/matrix/faults/0/failed/0/clause/clauseId").asText()).isEqualTo("TM-5.2.3");
        assertThat(json.at("/matrix/baseline")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(Files.readString(reports.resolve("mutation-matrix.html"))).contains("<!DOCTYPE html>")
                .contains("score: 1/1 faults caught (100%)");
    }

    @Test
    void declaredOnlyRunsEachFaultOverItsOwnClausesAndSaysCollateralWasNotLookedFor(@TempDir Path reports)
            throws Exception {
        int exit = Main.execute("mutate", "--profile", "test-profiles/wot-td", "--out", reports.toString(),
                "--fault", "td-missing-context", "--workers", "1", "--declared-only");

        assertThat(exit).as(stdout() + stderr()).isZero();
        assertThat(stdout()).containsPattern("\\(no fault\\)\\s+16 clause\\(s\\): 16 PASS")
                .containsPattern("td-missing-context\\s+2 clause\\(s\\): 2 FAIL")
                .contains("collateral: not looked for (each fault ran only the clauses it declares)");
        JsonNode json = new ObjectMapper().readTree(reports.resolve("mutation-matrix.json").toFile());
        assertThat(json.at("/matrix/collateralLookedFor").asBoolean()).isFalse();
        assertThat(Files.readString(reports.resolve("mutation-matrix.html"))).contains("Not looked for");
    }

    @Test
    void anUnguardedClauseAndAStaleDeclarationExitOne(@TempDir Path reports) {
        Path profile = Path.of("src/test/resources/profiles/mutation/unguarded.profile.yaml");

        int exit = Main.execute("mutate", "--profile", profile.toString(), "--out", reports.toString(),
                "--fault", "wrong-reply-id");

        assertThat(exit).as(stdout() + stderr()).isEqualTo(ExitCode.FAIL);
        assertThat(stdout()).contains("wrong-reply-id: TM-5.2.1 — stale declaration")
                .contains("unguarded MUST clauses (no fault declares them): 1").contains("unguarded X-1")
                .doesNotContain("unguarded X-2").contains("exit 1: 1 fault(s) missed, 1 MUST clause(s) unguarded");
        assertThat(lastLine()).startsWith("score: 0/1 faults caught (0%)");
        assertThat(reports.resolve("mutation-matrix.json")).isNotEmptyFile();
        assertThat(reports.resolve("mutation-matrix.html")).isNotEmptyFile();
    }

    @Test
    void anUnknownFaultExitsTwoListingTheKnownOnesAndWritesNothing(@TempDir Path reports) {
        int exit = Main.execute("mutate", "--out", reports.toString(), "--fault", "no-such-fault");

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stderr()).contains("unknown fault 'no-such-fault'").contains("accept-out-of-range");
        assertThat(reports.resolve("mutation-matrix.json")).doesNotExist();
    }

    @Test
    void noWorkersExitsTwoAndWritesNothing(@TempDir Path reports) {
        int exit = Main.execute("mutate", "--profile", "test-profiles/wot-td", "--out", reports.toString(), "--workers", "0");

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stderr()).contains("--workers 0 is not allowed; expected 1 or more");
        assertThat(reports.resolve("mutation-matrix.json")).doesNotExist();
    }

    @Test
    void aBrokenProfileExitsTwoWithALocatedMessage(@TempDir Path reports) {
        Path broken = Path.of("src/test/resources/profiles/broken/unknown-step-key.profile.yaml");

        int exit = Main.execute("mutate", "--profile", broken.toString(), "--out", reports.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stderr()).contains(broken + ":27:").contains("did you mean 'values'?").doesNotContain("\tat ");
    }

    private String lastLine() {
        List<String> lines = stdout().lines().toList();
        return lines.get(lines.size() - 1);
    }

    private String stdout() {
        return console.stdout();
    }

    private String stderr() {
        return console.stderr();
    }
}
