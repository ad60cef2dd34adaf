package org.thingconform.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.result.Level;

class RunManifestReportTest {

    @TempDir
    Path out;

    @Test
    void manifestRecordsTheRunAndMasksSecrets() throws IOException, NoSuchAlgorithmException {
        ReportFiles files = ReportWriter.write(out, ReportFixtures.run(),
                List.of(ReportFixtures.pass(), ReportFixtures.fail(Level.MUST)));

        String text = Files.readString(files.runManifest());
        JsonNode manifest = new ObjectMapper().readTree(text);
        assertThat(manifest.get("suiteVersion").asText()).isEqualTo("0.1.0-TEST");
        assertThat(manifest.get("start").asText()).isEqualTo("2025-06-01T10:00:00Z");
        assertThat(manifest.get("end").asText()).isEqualTo("2025-06-01T10:00:03Z");
        assertThat(manifest.get("durationMs").asLong()).isEqualTo(3000);
        assertThat(manifest.get("platformName").asText()).isEqualTo("Reference <platform>");
        assertThat(manifest.get("profiles").get(0).get("sha256").asText()).isEqualTo("ab".repeat(32));
        assertThat(manifest.get("faults").get(0).asText()).isEqualTo("drop-property-reply");
        assertThat(manifest.get("javaVersion").asText()).isEqualTo(System.getProperty("java.version"));
        assertThat(manifest.get("osName").asText()).isEqualTo(System.getProperty("os.name"));
        assertThat(manifest.get("summary").get("fail").asInt()).isEqualTo(1);
        assertThat(manifest.get("summary").get("conformant").asBoolean()).isFalse();

        JsonNode platform = manifest.get("platform");
        assertThat(platform.at("/devices/sensor/deviceSecret").asText()).isEqualTo(SecretMasker.MASK);
        assertThat(platform.at("/devices/sensor/productKey").asText()).isEqualTo("pk");
        assertThat(platform.at("/northbound/auth/Password").asText()).isEqualTo(SecretMasker.MASK);
        assertThat(platform.at("/northbound/auth/apiToken").asText()).isEqualTo(SecretMasker.MASK);
        assertThat(platform.at("/devices/sensor/deviceName").asText()).isEqualTo("dev1");
        assertThat(platform.at("/mqtt/port").asInt()).isEqualTo(1883);
        assertThat(text).doesNotContain("s3cr3t-value", "hunter2", "tok-123");

        byte[] matrix = Files.readAllBytes(files.clauseMatrixJson());
        assertThat(manifest.at("/reportFiles/clause-matrix.json").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(matrix)));
    }

    @Test
    void unknownObjectsAreWrittenAsTheirTextNeverAsFields() {
        Object secretLike = new Object() {
            @Override
            public String toString() {
                return "******";
            }
        };
        assertThat(SecretMasker.mask(Map.of("credential", secretLike)))
                .containsEntry("credential", "******");
    }
}
