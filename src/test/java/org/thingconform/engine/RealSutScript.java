package org.thingconform.engine;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code scripts/real-sut.sh NAME start|stop} for the tests that check a real system in the build: its output
 * lines (the last one of a start is the descriptor's path), or a test failure that quotes them.
 */
final class RealSutScript {

    private RealSutScript() {
    }

    /**
     * Runs the script for {@code system} with {@code action}, waiting at most {@code limitSeconds}.
     *
     * @param stateDir the systems' state folder (THINGCONFORM_SUT_DIR), or null for the script's default
     */
    static List<String> run(String system, String action, Path stateDir, long limitSeconds)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("real-sut-" + system, ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", "scripts/real-sut.sh", system, action)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        if (stateDir != null) {
            builder.environment().put("THINGCONFORM_SUT_DIR", stateDir.toAbsolutePath().toString());
        }
        Process process = builder.start();
        boolean done = process.waitFor(limitSeconds, TimeUnit.SECONDS);
        List<String> out = Files.readAllLines(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        if (!done) {
            process.destroyForcibly();
            fail("scripts/real-sut.sh " + system + " " + action + " did not finish within " + limitSeconds + " s: " + out);
        }
        if (process.exitValue() != 0) {
            fail("scripts/real-sut.sh " + system + " " + action + " exited " + process.exitValue() + ": " + out);
        }
        return out;
    }

    /** Whether {@code command} is on the PATH. */
    static boolean onPath(String command) {
        try {
            Process process = new ProcessBuilder("bash", "-c", "command -v " + command).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
