package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.process.ChildJvm;

/**
 * The same seed and inputs give the same generated cases (ids, families, values, order) in every
 * JVM: two JVMs generate the shipped TSL profile's cases with seed 42 and print them; the prints are
 * equal. (Before, enum keys and device roles followed an iteration order salted per JVM.)
 */
class ExactReplayTest {

    @Test
    void twoJvmsGenerateTheSameCases(@TempDir Path dir) throws Exception {
        String first = generate(dir.resolve("first.txt"));
        String second = generate(dir.resolve("second.txt"));

        assertThat(first.lines().count()).as("generated cases").isGreaterThan(100);
        assertThat(first).contains("enum keys=[0, 1, 2]");
        assertThat(second).isEqualTo(first);
    }

    private static String generate(Path out) throws Exception {
        Process process = new ProcessBuilder(Stream.concat(ChildJvm.sameClassPath().stream(),
                Stream.of(GeneratedCasesDump.class.getName(), "42", "test-profiles/tsl-alink-mqtt/profile.yaml")).toList()).redirectErrorStream(true).redirectOutput(out.toFile())
                .start();
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isZero();
        return printed;
    }
}
