package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.history.HistoryFolder;
import org.thingconform.history.VerdictHistory;

class HistoryCommandTest {

    private static final String PROFILE = "test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml";

    @org.junit.jupiter.api.extension.RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void twoRunsWithHistoryGiveATrendOfTwoPointsAndTheMatrixShowsThePreviousVerdict(@TempDir Path dir) throws Exception {
        Path history = dir.resolve("history");
        int first = Main.execute("run", "--profile", PROFILE, "--clause", "MQTT-3.1.0-1", "--out",
                dir.resolve("run1").toString(), "--history", history.toString());
        int second = Main.execute("run", "--profile", PROFILE, "--clause", "MQTT-3.1.0-1", "--out",
                dir.resolve("run2").toString(), "--history", history.toString(),
                "--fault", "broker-packet-before-connect-ignored");

        assertThat(first).isEqualTo(ExitCode.CONFORMANT);
        assertThat(second).isEqualTo(ExitCode.FAIL);
        ObjectMapper json = new ObjectMapper();
        JsonNode trend = json.readTree(history.resolve(HistoryFolder.ALLURE_DIR).resolve("history-trend.json").toFile());
        assertThat(trend).hasSize(2);
        assertThat(dir.resolve("run2/allure-report/history/history-trend.json")).exists();
        JsonNode verdicts = json.readTree(history.resolve(VerdictHistory.FILE_NAME).toFile());
        assertThat(verdicts.get("runs")).hasSize(2);
        assertThat(verdicts.get("runs").get(0).get("verdicts").elements().next().asText()).isEqualTo("FAIL");
        assertThat(dir.resolve("run2").resolve(VerdictHistory.FILE_NAME)).exists();
        String matrix = Files.readString(dir.resolve("run2/clause-matrix.html"));
        assertThat(matrix).contains("<th>Last runs</th>").contains("newly failing")
                .contains("<td class=\"history\"><small class=\"mark NEWLY_FAILING\">newly failing</small><br>"
                        + "<span class=\"badge PASS\">PASS</span>");
        assertThat(Files.readString(dir.resolve("run1/clause-matrix.html"))).contains("first run");
    }

    @Test
    void aBrokenHistoryStopsTheRunBeforeItStarts(@TempDir Path dir) throws Exception {
        Path history = Files.createDirectories(dir.resolve("history"));
        Files.writeString(history.resolve(VerdictHistory.FILE_NAME), "not json");
        int exit = Main.execute("run", "--profile", PROFILE, "--clause", "MQTT-3.1.0-1", "--out",
                dir.resolve("run").toString(), "--history", history.toString());
        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains("is not a verdict history").doesNotContain("Exception");
    }
}
