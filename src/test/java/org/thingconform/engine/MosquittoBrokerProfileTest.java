package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The MQTT broker profiles against a real broker, Eclipse Mosquitto, started on a private
 * loopback port by {@code scripts/real-sut.sh mosquitto start}. Without Mosquitto on the
 * machine the test is skipped, unless {@code THINGCONFORM_REAL_SUTS=required} (CI), where a
 * missing Mosquitto fails it (the script installs it when it can).
 */
class MosquittoBrokerProfileTest {

    private static final Path PROFILES = Path.of("test-profiles/mqtt-broker");

    @TempDir
    static Path state;
    private static Path descriptor;

    @BeforeAll
    static void startMosquitto() throws Exception {
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
        descriptor = Path.of(out);
        assertThat(descriptor).exists();
    }

    @AfterAll
    static void stopMosquitto() throws Exception {
        if (descriptor == null) {
            return;
        }
        ProcessBuilder stop = new ProcessBuilder("bash", "scripts/real-sut.sh", "mosquitto", "stop").inheritIO();
        stop.environment().put("THINGCONFORM_SUT_DIR", state.toString());
        stop.start().waitFor(30, TimeUnit.SECONDS);
    }

    @Test
    void mqtt311ClausesGetTheVerdictsMosquittoEarns() {
        Map<String, String> verdicts = run("mqtt-3.1.1.profile.yaml",
                "MQTT-3.1.0-2,MQTT-3.1.3-8,MQTT-3.2.2-4,MQTT-3.2.2-5,MQTT-3.3.1-9,MQTT-3.3.5-1,MQTT-4.7.2-1");
        // the descriptor names the broker's account, so the wrong-password clauses apply
        assertThat(verdicts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "MQTT-3.1.0-2", "PASS", "MQTT-3.1.3-8", "PASS", "MQTT-3.2.2-4", "PASS", "MQTT-3.2.2-5", "PASS",
                "MQTT-3.3.1-9", "PASS", "MQTT-3.3.5-1", "PASS", "MQTT-4.7.2-1", "PASS"));
    }

    @Test
    void mqtt5ClausesGetTheVerdictsMosquittoEarns() {
        Map<String, String> verdicts = run("mqtt-5.0.profile.yaml",
                "MQTT-3.1.2-10,MQTT-3.2.2-6,MQTT-3.2.2-7,MQTT-3.3.4-3,MQTT-3.1.2-24,MQTT-3.3.2-12,MQTT-4.3.3-11,MQTT-4.8.2-3");
        assertThat(verdicts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "MQTT-3.1.2-10", "PASS", "MQTT-3.2.2-6", "PASS", "MQTT-3.2.2-7", "PASS", "MQTT-3.3.4-3", "PASS",
                "MQTT-3.1.2-24", "PASS", "MQTT-3.3.2-12", "PASS", "MQTT-4.3.3-11", "PASS", "MQTT-4.8.2-3", "PASS"));
    }

    @Test
    void theBrokerPasswordAppearsInNoReport() throws IOException {
        run("mqtt-5.0.profile.yaml", "MQTT-3.2.2-7");
        String password = Files.readString(descriptor.resolveSibling("mqtt-password")).trim();
        try (var files = Files.walk(state.resolve("reports-mqtt-5.0.profile.yaml"))) {
            assertThat(files.filter(Files::isRegularFile)).isNotEmpty().allSatisfy(file ->
                    assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as("%s", file).doesNotContain(password));
        }
    }

    private static Map<String, String> run(String profile, String clauses) {
        var results = EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(PROFILES.resolve(profile).toFile()))
                .configurationParameter(EngineConfig.PLATFORM, descriptor.toString())
                .configurationParameter(EngineConfig.CLAUSES, clauses)
                .configurationParameter(EngineConfig.REPORTS_DIR, state.resolve("reports-" + profile).toString())
                .execute();
        Map<String, String> verdicts = new java.util.TreeMap<>(EngineRuns.verdicts(results));
        // a NOT_APPLICABLE clause is reported as skipped, with its reason (none is expected against Mosquitto)
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
