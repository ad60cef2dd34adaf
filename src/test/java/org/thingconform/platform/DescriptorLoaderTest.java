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
    void coapAndHttpEndpointsMayBeOnAnyHost(@TempDir Path dir) throws IOException {
        Path file = write(dir, Files.readString(EXAMPLE).replace("  host: 127.0.0.1\n  port: 5683", "  host: coap.example.com\n  port: 5683")
                .replace("baseUrl: http://127.0.0.1:8081", "baseUrl: https://devices.example.com"));

        PlatformDescriptor descriptor = DescriptorLoader.load(file, ENV::get);

        assertThat(descriptor.coap()).isEqualTo(new Endpoint("coap.example.com", 5683));
        assertThat(descriptor.http()).isEqualTo("https://devices.example.com");
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
    void aHostThatIsNoHostNameIsALocatedError(@TempDir Path dir) throws IOException {
        Path file = write(dir, Files.readString(EXAMPLE).replace("host: 127.0.0.1", "host: broker example.com"));

        assertThatThrownBy(() -> DescriptorLoader.load(file, ENV::get))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file + ":7:")
                .hasMessageContaining("'broker example.com' is not a host name or address");
    }

    @Test
    void theTlsExampleNamesRemoteHostsOverTlsAndValidatesWithItsFilesAbsent() {
        Path example = Path.of("test-profiles/platform-descriptor.tls.example.yaml");
        java.util.List<String> warnings = new java.util.ArrayList<>();

        PlatformDescriptor descriptor = DescriptorLoader.load(example, name -> null, w -> warnings.add(w.toString()));

        assertThat(descriptor.mqtt().host()).isEqualTo("broker.example.com");
        assertThat(descriptor.mqtt().tcpUri()).isEqualTo("ssl://broker.example.com:8883");
        assertThat(descriptor.mqtt().tls().versions()).containsExactly("TLSv1.3", "TLSv1.2");
        assertThat(descriptor.coap().coapUri()).isEqualTo("coaps://coap.example.com:5684");
        assertThat(descriptor.northbound().baseUrl()).isEqualTo("https://iot.example.com/api");
        assertThat(descriptor.northbound().tls()).isNotNull();
        assertThat(descriptor.http()).isEqualTo("https://devices.example.com");
        // the example's certificate files and secrets are not shipped: warnings, not errors
        assertThat(warnings).anyMatch(w -> w.contains("THINGCONFORM_PLATFORM_CA_PEM"))
                .anyMatch(w -> w.contains("THINGCONFORM_METER_KEY_PEM"));
    }

    private static Path write(Path dir, String text) throws IOException {
        Path file = dir.resolve("descriptor.yaml");
        Files.writeString(file, text);
        return file;
    }
}
