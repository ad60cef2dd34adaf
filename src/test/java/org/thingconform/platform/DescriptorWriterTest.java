package org.thingconform.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link DescriptorWriter} writes, {@link DescriptorLoader} reads back as the same
 * descriptor, every auth style and operation detail included; no secret is in the YAML, each
 * is in an owner-only file.
 */
class DescriptorWriterTest {

    @Test
    void aWrittenDescriptorLoadsBackEqualWithItsSecretsInOwnerOnlyFiles(@TempDir Path dir) throws Exception {
        PlatformDescriptor original = descriptor(new ApiAuth.ClientCredentials("peer-1", new Secret("client-secret-123"),
                ApiAuth.ClientAuthentication.CLIENT_SECRET_POST));
        Path file = dir.resolve("out/platform.yaml");

        DescriptorWriter.write(original, file, List.of("written by a test"));

        assertThat(DescriptorLoader.load(file, name -> null)).isEqualTo(original);
        String yaml = Files.readString(file);
        assertThat(yaml).startsWith("# written by a test\n").doesNotContain("client-secret-123")
                .doesNotContain("bearer-token-456").doesNotContain("device-secret-789")
                .contains("file: platform.yaml.secrets/device-meter");
        Path secrets = DescriptorWriter.secretsDir(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(secrets)) {
            assertThat(files.toList()).hasSize(3).allSatisfy(secret -> assertThat(PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(secret))).isEqualTo("rw-------"));
        }
        assertThat(dir.resolve("out")).isDirectoryNotContaining("glob:**.partial");

        DescriptorWriter.deleteSecrets(file);
        assertThat(secrets).doesNotExist();
    }

    @Test
    void everyAuthStyleRoundTrips(@TempDir Path dir) {
        for (ApiAuth auth : List.of(new ApiAuth.None(), new ApiAuth.StaticBearer(new Secret("t0ken")),
                new ApiAuth.ApiKey("X-Api-Key", new Secret("k3y")), new ApiAuth.Basic("user", new Secret("pa55")),
                new ApiAuth.ClientCredentials("peer", new Secret("s3cret"), ApiAuth.ClientAuthentication.CLIENT_SECRET_BASIC))) {
            PlatformDescriptor original = descriptor(auth);
            Path file = dir.resolve(auth.getClass().getSimpleName() + ".yaml");

            DescriptorWriter.write(original, file, List.of());

            assertThat(DescriptorLoader.load(file, name -> null)).as(auth.getClass().getSimpleName()).isEqualTo(original);
        }
    }

    @Test
    void theWotThingsAndThePlainMqttAccountRoundTripWithThePasswordInAFile(@TempDir Path dir) throws Exception {
        PlatformDescriptor base = descriptor(new ApiAuth.None());
        PlatformDescriptor original = new PlatformDescriptor(base.name(), base.mqtt(), base.northbound(),
                base.interconnection(), base.devices(), base.ics(), base.ixit(), base.coap(), base.http(),
                new WotThings(Map.of("lamp", "http://127.0.0.1:8082/lamp")),
                new MqttAccount("suite", new Secret("broker-pa55")), null);
        Path file = dir.resolve("platform.yaml");

        DescriptorWriter.write(original, file, List.of());

        PlatformDescriptor loaded = DescriptorLoader.load(file, name -> null);
        assertThat(loaded.wot()).isEqualTo(original.wot());
        assertThat(loaded.mqttAccount()).isEqualTo(original.mqttAccount());
        assertThat(loaded).isEqualTo(original);
        assertThat(Files.readString(file)).contains("username: suite").doesNotContain("broker-pa55");
    }

    private static PlatformDescriptor descriptor(ApiAuth interconnectionAuth) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("params", "{params}");
        body.putObject("meta").put("source", "{deviceId}");
        NorthboundApi northbound = new NorthboundApi("http://127.0.0.1:8080", Optional.of(new Secret("bearer-token-456")),
                Map.of("setProperties", new NorthboundOperation("PUT", "/things/{productKey}/{deviceName}/properties",
                        body, Map.of("requestId", "$.requestId"), List.of(200, 202))));
        Map<String, NorthboundOperation> peerOperations = new java.util.LinkedHashMap<>();
        peerOperations.put("getToken", new NorthboundOperation("POST", "/token", Map.of(), Map.of("X-Tenant", "t1"),
                Map.of("grant_type", "client_credentials", "expires_in", "0"), null,
                Map.of("accessToken", "$.access_token"), Map.of(), List.of()));
        peerOperations.put("listDevices", new NorthboundOperation("GET", "/devices", Map.of("limit", "{pageSize}",
                "offset", "{offset}"), Map.of(), Map.of(), null, Map.of("devices", "$.items", "total", "$.total"),
                Map.of("devices", Map.of("deviceId", "$.id", "thingModel", "$.model.id")), List.of()));
        NorthboundApi peer = new NorthboundApi("http://127.0.0.1:8080/peer", interconnectionAuth, peerOperations);
        return new PlatformDescriptor("Test platform", new Endpoint("127.0.0.1", 1883), northbound, Optional.of(peer),
                Map.of("meter", new DeviceIdentity("pk1", "meter-1", new Secret("device-secret-789"), "pk1.meter-1")),
                Map.of("NB_PROPERTIES", true, "EVENTS", false), Map.of("errorCode", TextNode.valueOf("6306")),
                new Endpoint("127.0.0.1", 5683), "http://127.0.0.1:8081");
    }
}
