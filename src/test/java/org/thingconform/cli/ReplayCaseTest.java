package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.journal.JournalContent;
import org.thingconform.journal.RunJournal;
import org.thingconform.result.ClauseResult;

/**
 * A failing generated case is replayed alone by the command the run prints and the reports
 * show: the same test id, the same generated value, the same verdict.
 */
class ReplayCaseTest {

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void theReplayCommandARunPrintsRerunsExactlyThatCase(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first");
        int exit = Main.execute("run", "--profile", "test-profiles/tsl-alink-mqtt", "--clause", "TM-6.1.1",
                "--binding", "alink-mqtt", "--fault", "reject-max-boundary", "--seed", "42", "--out", first.toString());
        assertThat(exit).as(console.stdout() + console.stderr()).isEqualTo(ExitCode.FAIL);
        Matcher printed = Pattern.compile("replay the first test not passed: scripts/thingconform run (.*)")
                .matcher(console.stdout());
        assertThat(printed.find()).as(console.stdout()).isTrue();
        List<String> words = shellWords(printed.group(1));
        String testId = words.get(words.indexOf("--case") + 1);
        ClauseResult original = JournalContent.read(first.resolve(RunJournal.FILE_NAME)).results().get(testId);
        assertThat(original.caseId()).contains("valid.max");
        assertThat(java.nio.file.Files.readString(first.resolve("clause-matrix.json")))
                .as("the matrix names the replay too").contains("--case '" + testId.replace("\"", "\\\""));

        Path replay = dir.resolve("replay");
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(words);
        args.addAll(List.of("--out", replay.toString()));
        console.reset();
        int replayed = Main.execute(args.toArray(String[]::new));

        assertThat(replayed).as(console.stdout() + console.stderr()).isEqualTo(ExitCode.FAIL);
        Map<String, ClauseResult> results = JournalContent.read(replay.resolve(RunJournal.FILE_NAME)).results();
        assertThat(results).containsOnlyKeys(testId);
        assertThat(results.get(testId).parameters()).isEqualTo(original.parameters());
        assertThat(results.get(testId).verdict()).isEqualTo(original.verdict());
    }

    @Test
    void aCaseThatIsNotATestIdIsRefusedWithWhatWasExpected(@TempDir Path dir) {
        int exit = Main.execute("run", "--case", "voltage/valid.max", "--out", dir.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains("error: --case 'voltage/valid.max' is not a")
                .contains("expected the id a report prints").doesNotContain("\tat ");
    }

    /** Splits a command line as a POSIX shell would, for the quoting {@code RunRequest.command} uses. */
    private static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                inWord = true;
            } else if (c == '\\' && !quoted && i + 1 < line.length()) {
                word.append(line.charAt(++i));
            } else if (c == ' ' && !quoted) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
