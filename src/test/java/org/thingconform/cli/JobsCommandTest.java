package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --jobs N}: the clauses of a profile that keeps each clause run apart (the MQTT broker
 * profile) run side by side — their journaled times overlap — yet the console lists them in profile
 * order with the same verdicts and reasons as {@code --jobs 1}, where no two overlap.
 */
class JobsCommandTest {

    private static final Pattern LINE = Pattern.compile("^(MQTT-\\S+)\\s+(MUST|SHOULD|MAY)\\s+(\\S+)", Pattern.MULTILINE);

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void clausesRunSideBySideAndReportAsOneAfterTheOther(@TempDir Path dir) throws IOException {
        List<String> sequential = run(dir.resolve("one"), "1");
        List<String> concurrent = run(dir.resolve("four"), "4");

        assertThat(sequential).hasSize(27);
        assertThat(concurrent).as("same clauses, same order, same verdicts").isEqualTo(sequential);
        assertThat(overlapping(dir.resolve("one"))).as("--jobs 1 runs one clause after the other").isZero();
        assertThat(overlapping(dir.resolve("four"))).as("--jobs 4 runs clauses side by side").isPositive();
    }

    @Test
    void anExclusiveClauseRunsAloneWhileTheOthersRunSideBySide(@TempDir Path dir) throws IOException {
        Path profile = dir.resolve("mqtt-3.1.1.profile.yaml");
        String text = Files.readString(Path.of("test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml"))
                .replace("$schema=../schema/", "$schema=../../test-profiles/schema/");
        String marked = "  - id: MQTT-3.2.2-1\n    level: MUST\n";
        assertThat(text).contains(marked);
        Files.writeString(profile, text.replace(marked, marked + "    exclusive: true\n"));
        Path out = dir.resolve("out");

        int exit = Main.execute("run", "--profile", profile.toString(), "--jobs", "4", "--param", "quietPeriod=300ms",
                "--param", "replyTimeout=2s", "--out", out.toString());

        assertThat(exit).as(console.stdout() + console.stderr()).isEqualTo(ExitCode.CONFORMANT);
        List<Span> spans = spans(out);
        Span alone = spans.stream().filter(s -> s.clause().equals("MQTT-3.2.2-1")).findFirst().orElseThrow();
        assertThat(spans).filteredOn(s -> s != alone).noneMatch(s -> s.overlaps(alone));
        assertThat(overlapping(out)).as("the other clauses still run side by side").isPositive();
    }

    @Test
    void jobsWantsAtLeastOne(@TempDir Path dir) {
        int exit = Main.execute("run", "--profile", "test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml", "--jobs", "0",
                "--out", dir.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains("--jobs 0: expected how many clauses may run side by side, at least 1");
    }

    /** The console's clause lines as "id verdict", in the order printed. */
    private List<String> run(Path out, String jobs) {
        console.reset();
        int exit = Main.execute("run", "--profile", "test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml", "--jobs", jobs,
                "--param", "quietPeriod=300ms", "--param", "replyTimeout=2s", "--out", out.toString());
        assertThat(exit).as(console.stdout() + console.stderr()).isEqualTo(ExitCode.CONFORMANT);
        List<String> lines = new ArrayList<>();
        Matcher m = LINE.matcher(console.stdout());
        while (m.find()) {
            lines.add(m.group(1) + " " + m.group(3));
        }
        return lines;
    }

    /** How many pairs of journaled results ran at the same time. */
    private static int overlapping(Path out) throws IOException {
        List<Span> spans = spans(out);
        int pairs = 0;
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size(); j++) {
                if (spans.get(i).overlaps(spans.get(j))) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    /** When each journaled result ran. */
    private static List<Span> spans(Path out) throws IOException {
        List<Span> spans = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("journal.jsonl"))) {
            JsonNode result = RunOutputs.json(line).path("result");
            if (!result.isMissingNode() && result.hasNonNull("start")) {
                spans.add(new Span(result.path("clause").path("clauseId").asText(),
                        Instant.parse(result.get("start").asText()), Instant.parse(result.get("stop").asText())));
            }
        }
        return spans;
    }

    private record Span(String clause, Instant start, Instant stop) {
        boolean overlaps(Span other) {
            return start.isBefore(other.stop) && other.start.isBefore(stop);
        }
    }
}
