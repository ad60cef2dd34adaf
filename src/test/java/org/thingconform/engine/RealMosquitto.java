package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Eclipse Mosquitto for the tests that run the broker profiles against it: started and stopped by
 * {@code scripts/real-sut.sh mosquitto start|stop} in a state folder (which then holds
 * {@code mosquitto/descriptor.yaml} and its TLS siblings). Without Mosquitto on the machine a test
 * is skipped, unless {@code THINGCONFORM_REAL_SUTS=required} (CI), where a missing Mosquitto fails it.
 */
final class RealMosquitto {

    static final Path PROFILES = Path.of("test-profiles/mqtt-broker");

    private RealMosquitto() {
    }

    /** Starts Mosquitto with its state under {@code state}; the path of its plain-TCP descriptor. */
    static Path start(Path state) throws IOException, InterruptedException {
        boolean required = "required".equals(System.getenv("THINGCONFORM_REAL_SUTS"));
        if (!required) {
            assumeTrue(onPath("mosquitto"), "Mosquitto is not installed (set THINGCONFORM_REAL_SUTS=required to fail instead)");
        }
        ProcessBuilder start = new ProcessBuilder("bash", "scripts/real-sut.sh", "mosquitto", "start")
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        start.environment().put("THINGCONFORM_SUT_DIR", state.toString());
        Process process = start.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("scripts/real-sut.sh mosquitto start").isZero();
        Path descriptor = Path.of(out);
        assertThat(descriptor).exists();
        return descriptor;
    }

    /** Stops the Mosquitto started with {@code state}. */
    static void stop(Path state) throws IOException, InterruptedException {
        ProcessBuilder stop = new ProcessBuilder("bash", "scripts/real-sut.sh", "mosquitto", "stop").inheritIO();
        stop.environment().put("THINGCONFORM_SUT_DIR", state.toString());
        stop.start().waitFor(30, TimeUnit.SECONDS);
    }

    /** Runs {@code clauses} of the broker profile {@code profile} against {@code descriptor}, reports in {@code reports}. */
    static EngineExecutionResults run(Path descriptor, String profile, String clauses, Path reports) {
        return EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(PROFILES.resolve(profile).toFile()))
                .configurationParameter(EngineConfig.PLATFORM, descriptor.toString())
                .configurationParameter(EngineConfig.CLAUSES, clauses)
                .configurationParameter(EngineConfig.REPORTS_DIR, reports.toString())
                .execute();
    }

    /** clause id → verdict; a NOT_APPLICABLE clause (reported as skipped) as {@code NOT_APPLICABLE: reason}. */
    static Map<String, String> verdicts(EngineExecutionResults results) {
        Map<String, String> verdicts = new TreeMap<>(EngineRuns.verdicts(results));
        results.testEvents().skipped().stream().forEach(e -> {
            String reason = e.getPayload(String.class).orElse("");
            verdicts.put(e.getTestDescriptor().getUniqueId().getLastSegment().getValue(),
                    "NOT_APPLICABLE: " + reason);
        });
        return verdicts;
    }

    private static boolean onPath(String command) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
