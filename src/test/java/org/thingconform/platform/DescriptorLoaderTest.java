package org.thingconform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.source.BadInputException;

/** Platform descriptors: secrets from the environment, masked views, located errors. */
class DescriptorLoaderTest {

    private static final Path EXAMPLE = Path.of("test-profiles/platform-descriptor.example.yaml");
    private static final Map<String, String> ENV = Map.of("THINGCONFORM_NORTHBOUND_TOKEN", "tok-123",
            "THINGCONFORM_METER_SECRET", "sec-456");

    @Test
    void theExampleLoadsWithSecretsFromTheEnvironment() {
        PlatformDescriptor descriptor = DescriptorLoader.load(EXAMPLE, ENV::get);

        assertThat(descriptor.mqtt()).isEqualTo(new Endpoint("127.0.0.1", 1883));
        assertThat(descriptor.coap()).isEqualTo(new Endpoint("127.0.0.1", 5683));
        assertThat(descriptor.http()).isEqualTo("http://127.0.0.1:8081");
        assertThat(DescriptorView.masked(descriptor)).containsEntry("coap", Map.of("host", "127.0.0.1", "port", 5683))
                .containsEntry("http", Map.of("baseUrl", "http://127.0.0.1:8081"));
        assertThat(descriptor.devices().get("meter").deviceSecret().reveal()).isEqualTo("sec-456");
        assertThat(descriptor.northbound().bearerToken()).get().extracting(Secret::reveal).isEqualTo("tok-123");
        assertThat(descriptor.northbound().operations()).containsKeys("readProperties", "setProperties",
                "listEvents", "invokeService", "serviceResult");
        assertThat(descriptor.northbound().operations().get("setProperties").body().get("params").asText())
                .isEqualTo("{params}");
    }

    @Test
    void theMaskedViewAndToStringNeverShowASecret() {
        PlatformDescriptor descriptor = DescriptorLoader.load(EXAMPLE, ENV::get);

        String shown = DescriptorView.masked(descriptor) + " " + descriptor;

        assertThat(shown).doesNotContain("tok-123").doesNotContain("sec-456").contains(Secret.MASK);
    }

    @Test
    void aMissingEnvironmentVariableIsALocatedError() {
        assertThatThrownBy(() -> DescriptorLoader.load(EXAMPLE, name -> null))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(EXAMPLE + ":49:")
                .hasMessageContaining("environment variable THINGCONFORM_METER_SECRET is not set");
    }

    @Test
    void aCoapOrHttpEndpointOffTheLocalMachineIsALocatedError(@TempDir Path dir) throws IOException {
        Path coap = write(dir, Files.readString(EXAMPLE).replace("  host: 127.0.0.1\n  port: 5683", "  host: 192.0.2.7\n  port: 5683"));
        assertThatThrownBy(() -> DescriptorLoader.load(coap, ENV::get))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(coap + ":11:")
                .hasMessageContaining("host '192.0.2.7' is not a loopback address");

        Path http = write(dir, Files.readString(EXAMPLE).replace("baseUrl: http://127.0.0.1:8081", "baseUrl: http://192.0.2.7:8081"));
        assertThatThrownBy(() -> DescriptorLoader.load(http, ENV::get))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(http + ":14:")
                .hasMessageContaining("host '192.0.2.7' is not a loopback address");
    }

    @Test
    void anInlineSecretIsRefused(@TempDir Path dir) throws IOException {
        Path file = write(dir, Files.readString(EXAMPLE).replace("deviceSecret: {env: THINGCONFORM_METER_SECRET}",
                "deviceSecret: plain-text"));

        assertThatThrownBy(() -> DescriptorLoader.load(file, ENV::get))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("'deviceSecret' must name where the secret is, not hold it");
    }

    @Test
    void aNonLoopbackHostIsRefused(@TempDir Path dir) throws IOException {
        Path file = write(dir, Files.readString(EXAMPLE).replace("host: 127.0.0.1", "host: 192.0.2.10"));

        assertThatThrownBy(() -> DescriptorLoader.load(file, ENV::get))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file + ":7:")
                .hasMessageContaining("is not a loopback address");
    }

    private static Path write(Path dir, String text) throws IOException {
        Path file = dir.resolve("descriptor.yaml");
        Files.writeString(file, text);
        return file;
    }
}
