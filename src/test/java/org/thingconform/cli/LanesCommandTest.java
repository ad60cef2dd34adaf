package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --jobs N} on a device profile (the TSL profile): the reference platform gives every role
 * a device per lane, tests run side by side in their lanes, and no two tests that run at the same time
 * ever use the same device; the verdicts, with a fault switched on that fails some clauses, are those
 * of {@code --jobs 1}.
 */
class LanesCommandTest {

    private static final Pattern LINE = Pattern.compile("^(TM-\\S+)\\s+(MUST|SHOULD|MAY)\\s+(\\S+)", Pattern.MULTILINE);
    /** A device of the smart meter's product, as the traces name it in client ids and topics. */
    private static final Pattern DEVICE = Pattern.compile("tcSmartMeter1[./]([A-Za-z0-9_-]+)");

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void testsInDifferentLanesNeverShareADeviceAndGiveTheVerdictsOfOneLane(@TempDir Path dir) {
        List<String> sequential = run(dir.resolve("one"), "1");
        List<String> concurrent = run(dir.resolve("four"), "4");

        assertThat(sequential).contains("TM-5.1.1 PASS").anyMatch(line -> line.endsWith(" FAIL"));
        assertThat(concurrent).as("same clauses, same order, same verdicts").isEqualTo(sequential);
        List<Run> runs = runs(dir.resolve("four"));
        assertThat(runs.stream().flatMap(r -> r.devices().stream()).distinct().count())
                .as("the tests used more than one device per role").isGreaterThan(1);
        int overlapping = 0;
        for (int i = 0; i < runs.size(); i++) {
            for (int j = i + 1; j < runs.size(); j++) {
                Run a = runs.get(i);
                Run b = runs.get(j);
                if (a.overlaps(b)) {
                    overlapping++;
                    assertThat(a.devices()).as(a.test().clause() + " " + a.test().caseId() + " and " + b.test().clause() + " " + b.test().caseId() + " ran at the same time")
                            .doesNotContainAnyElementsOf(b.devices());
                }
            }
        }
        assertThat(overlapping).as("--jobs 4 runs tests side by side").isPositive();
        assertThat(junitSeconds(dir.resolve("four"))).as("the JUnit XML times of tests that ran side by side: their own")
                .isGreaterThan(1.0);
        List<Run> one = runs(dir.resolve("one"));
        assertThat(one).as("--jobs 1 runs one test after the other")
                .allMatch(r -> one.stream().noneMatch(o -> o != r && o.overlaps(r)));
    }

    @Test
    void profilesThatShareNothingRunSideBySideAndReportInTheirOrder(@TempDir Path dir) {
        List<String> sequential = runTwo(dir.resolve("one"), "1");
        List<String> concurrent = runTwo(dir.resolve("four"), "4");

        assertThat(sequential).hasSizeGreaterThan(27);
        assertThat(concurrent).as("same clauses, same order, same verdicts").isEqualTo(sequential);
        assertThat(profilesOverlap(dir.resolve("one"))).as("--jobs 1: one profile after the other").isFalse();
        assertThat(profilesOverlap(dir.resolve("four"))).as("--jobs 4: the profiles side by side").isTrue();
    }

    /** The TSL profile's sign-in clauses and the MQTT 3.1.1 broker profile; the console's clause lines. */
    private List<String> runTwo(Path out, String jobs) {
        console.reset();
        int exit = Main.execute("run", "--profile", "test-profiles/tsl-alink-mqtt", "--profile",
                "test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml", "--binding", "alink-mqtt", "--clause", "TM-5.*",
                "--clause", "MQTT-*", "--jobs", jobs, "--param", "quietPeriod=300ms", "--out", out.toString());
        assertThat(exit).as(console.stdout() + console.stderr()).isEqualTo(ExitCode.CONFORMANT);
        List<String> lines = new ArrayList<>();
        Matcher m = Pattern.compile("^((?:TM|MQTT)-\\S+)\\s+(?:MUST|SHOULD|MAY)\\s+(\\S+)", Pattern.MULTILINE)
                .matcher(console.stdout());
        while (m.find()) {
            lines.add(m.group(1) + " " + m.group(2));
        }
        return lines;
    }

    /** Whether a test of one profile ran while a test of the other did. */
    private static boolean profilesOverlap(Path out) {
        List<Run> runs = runs(out);
        return runs.stream().filter(r -> r.test().clause().startsWith("TM-"))
                .anyMatch(tsl -> runs.stream().filter(r -> r.test().clause().startsWith("MQTT-")).anyMatch(tsl::overlaps));
    }

    /** The console's clause lines as "id verdict", in the order printed. */
    private List<String> run(Path out, String jobs) {
        console.reset();
        int exit = Main.execute("run", "--profile", "test-profiles/tsl-alink-mqtt", "--binding", "alink-mqtt",
                "--clause", "TM-5.1.*", "--clause", "TM-6.1.*", "--fault", "accept-out-of-range", "--jobs", jobs,
                "--param", "quietPeriod=300ms", "--out", out.toString());
        assertThat(exit).as(console.stdout() + console.stderr()).isEqualTo(ExitCode.FAIL);
        List<String> lines = new ArrayList<>();
        Matcher m = LINE.matcher(console.stdout());
        while (m.find()) {
            lines.add(m.group(1) + " " + m.group(3));
        }
        return lines;
    }
    /** The sum of the JUnit XML report's test case times, in seconds. */
    private static double junitSeconds(Path out) {
        try {
            String xml = java.nio.file.Files.readString(out.resolve("junit").resolve("TEST-thingconform.xml"));
            Matcher m = Pattern.compile("<testcase [^>]*time=\"([0-9.]+)\"").matcher(xml);
            double sum = 0;
            while (m.find()) {
                sum += Double.parseDouble(m.group(1));
            }
            return sum;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each journaled test and the devices its trace names. */
    private static List<Run> runs(Path out) {
        return JournaledTests.of(out).tests().stream().map(test -> {
            Set<String> devices = new HashSet<>();
            Matcher m = DEVICE.matcher(test.trace());
            while (m.find()) {
                devices.add(m.group(1));
            }
            return new Run(test, devices);
        }).toList();
    }

    private record Run(JournaledTests.Test test, Set<String> devices) {
        boolean overlaps(Run other) {
            return test.overlaps(other.test);
        }
    }
}
