package org.thingconform.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Test cases get the duration the engine recorded for their unique id; a test case the map does not
 * name keeps its time, and its output is kept as it was.
 */
class JunitXmlTimesTest {

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuite name="ThingConform" tests="2" time="3.5">
            <testcase name="a" classname="C-1" time="0">
            <system-out><![CDATA[
            unique-id: [engine:thingconform]/[profile:p]/[clause:C-1]
            display-name: a
            ]]></system-out>
            </testcase>
            <testcase name="b" classname="C-2" time="0.25">
            <system-out><![CDATA[
            unique-id: [engine:thingconform]/[profile:p]/[clause:C-2]
            display-name: b
            ]]></system-out>
            </testcase>
            </testsuite>
            """;

    @Test
    void aNamedTestCaseGetsItsRecordedDurationAndTheOthersKeepTheirs(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("TEST-thingconform.xml"), XML);

        JunitXmlTimes.apply(dir, Map.of("[engine:thingconform]/[profile:p]/[clause:C-1]", Duration.ofMillis(1234)));

        String rewritten = Files.readString(file);
        assertThat(rewritten).containsPattern("<testcase [^>]*name=\"a\"[^>]*time=\"1\\.234\"|<testcase [^>]*time=\"1\\.234\"[^>]*name=\"a\"");
        assertThat(rewritten).containsPattern("<testcase [^>]*time=\"0\\.25\"");
        assertThat(rewritten).contains("<![CDATA[", "unique-id: [engine:thingconform]/[profile:p]/[clause:C-2]");
    }

    @Test
    void aFolderWithoutReportsIsLeftAlone(@TempDir Path dir) {
        JunitXmlTimes.apply(dir.resolve("missing"), Map.of("x", Duration.ofSeconds(1)));

        assertThat(dir.resolve("missing")).doesNotExist();
    }
}
