package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

        assertThat(sequential).hasSize(38);
        assertThat(concurrent).as("same clauses, same order, same verdicts").isEqualTo(sequential);
        assertThat(JournaledTests.of(dir.resolve("one")).overlappingPairs()).as("--jobs 1 runs one clause after the other")
                .isZero();
        assertThat(JournaledTests.of(dir.resolve("four")).overlappingPairs()).as("--jobs 4 runs clauses side by side")
                .isPositive();
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
        List<JournaledTests.Test> tests = JournaledTests.of(out).tests();
        JournaledTests.Test alone = tests.stream().filter(t -> t.clause().equals("MQTT-3.2.2-1")).findFirst().orElseThrow();
        assertThat(tests).filteredOn(t -> t != alone).noneMatch(t -> t.overlaps(alone));
        assertThat(JournaledTests.of(out).overlappingPairs()).as("the other clauses still run side by side").isPositive();
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
}
