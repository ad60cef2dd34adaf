package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MQTT broker profiles against a real broker, Eclipse Mosquitto, started on a private
 * loopback port by {@code scripts/real-sut.sh mosquitto start}. Without Mosquitto on the
 * machine the test is skipped, unless {@code THINGCONFORM_REAL_SUTS=required} (CI), where a
 * missing Mosquitto fails it (the script installs it when it can). The clauses and the verdicts
 * Mosquitto earns are shared with {@link MosquittoTlsBrokerProfileTest}, which expects the same
 * over TLS.
 */
class MosquittoBrokerProfileTest {

    static final String MQTT_311_CLAUSES =
            "MQTT-3.1.0-2,MQTT-3.1.3-8,MQTT-3.2.2-4,MQTT-3.2.2-5,MQTT-3.3.1-6,MQTT-3.3.1-9,MQTT-3.3.5-1,MQTT-4.7.2-1";
    // the descriptor names the broker's account, so the wrong-password clauses apply
    static final Map<String, String> MQTT_311_VERDICTS = Map.of(
            "MQTT-3.1.0-2", "PASS", "MQTT-3.1.3-8", "PASS", "MQTT-3.2.2-4", "PASS", "MQTT-3.2.2-5", "PASS",
            "MQTT-3.3.1-6", "PASS", "MQTT-3.3.1-9", "PASS", "MQTT-3.3.5-1", "PASS", "MQTT-4.7.2-1", "PASS");
    static final String MQTT_5_CLAUSES =
            "MQTT-3.1.2-10,MQTT-3.2.2-6,MQTT-3.2.2-7,MQTT-3.3.4-3,MQTT-3.1.2-24,MQTT-3.3.2-12,MQTT-4.3.3-11,MQTT-4.8.2-3";
    static final Map<String, String> MQTT_5_VERDICTS = Map.of(
            "MQTT-3.1.2-10", "PASS", "MQTT-3.2.2-6", "PASS", "MQTT-3.2.2-7", "PASS", "MQTT-3.3.4-3", "PASS",
            "MQTT-3.1.2-24", "PASS", "MQTT-3.3.2-12", "PASS", "MQTT-4.3.3-11", "PASS", "MQTT-4.8.2-3", "PASS");

    @TempDir
    static Path state;
    private static Path descriptor;

    @BeforeAll
    static void startMosquitto() throws Exception {
        descriptor = RealMosquitto.start(state);
    }

    @AfterAll
    static void stopMosquitto() throws Exception {
        if (descriptor != null) {
            RealMosquitto.stop(state);
        }
    }

    @Test
    void mqtt311ClausesGetTheVerdictsMosquittoEarns() {
        assertThat(run("mqtt-3.1.1.profile.yaml", MQTT_311_CLAUSES)).containsExactlyInAnyOrderEntriesOf(MQTT_311_VERDICTS);
    }

    @Test
    void mqtt5ClausesGetTheVerdictsMosquittoEarns() {
        assertThat(run("mqtt-5.0.profile.yaml", MQTT_5_CLAUSES)).containsExactlyInAnyOrderEntriesOf(MQTT_5_VERDICTS);
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
        // a NOT_APPLICABLE clause is reported as skipped, with its reason (none is expected against Mosquitto)
        return RealMosquitto.verdicts(RealMosquitto.run(descriptor, profile, clauses,
                state.resolve("reports-" + profile)));
    }
}
