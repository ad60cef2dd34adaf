package org.thingconform.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.thingconform.engine.EngineConfig;
import org.thingconform.engine.PlatformSession;
import org.thingconform.engine.ThingConformTestEngine;
import org.thingconform.profile.ProfileLoader;

/**
 * The interconnection profile against a platform known only from a descriptor file: the
 * shipped example descriptor, pointed at a running reference platform (its ports, devices and
 * secrets, the secrets in files), passes every clause. The mapping in the example is data the
 * suite follows, not a shortcut to the embedded platform. Pushes reach the peer's receiver by the
 * public URL the descriptor's {@code callback} gives, and a receiver that cannot listen where it says
 * turns the push clauses to ERROR with a reason naming the address.
 */
class InterconnectionDescriptorRunTest {

    private static final Path PROFILE = Path.of("test-profiles/platform-interconnection/profile.yaml");
    private static final Path EXAMPLE = Path.of("test-profiles/interconnection-descriptor.example.yaml");
    /** The push secret the example descriptor names; the reference platform signs with what the peer subscribes with. */
    private static final String PUSH_SECRET = "push-secret-from-a-file-7f3a9c";
    private static EmbeddedPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = PlatformSession.startEmbedded(List.of(ProfileLoader.load(PROFILE)), Set.of());
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @Test
    void theExampleDescriptorPointedAtTheReferencePlatformPassesEveryClause(@TempDir Path dir) throws Exception {
        Path descriptor = describe(dir);
        Path reports = dir.resolve("reports");

        EngineExecutionResults results = EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(PROFILE.toFile()))
                .configurationParameter(EngineConfig.PLATFORM, descriptor.toString())
                .configurationParameter(EngineConfig.REPORTS_DIR, reports.toString())
                .execute();

        JsonNode matrix = new ObjectMapper().readTree(reports.resolve("clause-matrix.json").toFile());
        assertThat(matrix.get("clauses")).extracting(c -> c.get("clause").asText() + "=" + c.get("verdict").asText()
                        + (c.hasNonNull("reason") ? " " + c.get("reason").asText() : ""))
                .containsExactly("PI-5.1.1=PASS", "PI-5.1.2=PASS", "PI-5.1.3=PASS", "PI-6.1.1=PASS", "PI-6.1.2=PASS",
                        "PI-6.2.1=PASS", "PI-6.2.2=PASS", "PI-6.3.1=PASS", "PI-6.3.2=PASS", "PI-6.4.1=PASS",
                        "PI-6.4.2=PASS", "PI-6.5.1=PASS", "PI-6.5.2=PASS", "PI-6.5.3=PASS", "PI-6.5.4=PASS",
                        "PI-6.6.1=PASS");
        results.testEvents().assertStatistics(stats -> stats.succeeded(16).failed(0));
        String secret = ((ApiAuth.ClientCredentials) platform.descriptor().interconnection().orElseThrow().auth())
                .clientSecret().reveal();
        try (var files = Files.walk(reports)) {
            assertThat(files.filter(Files::isRegularFile).map(InterconnectionDescriptorRunTest::read))
                    .noneMatch(text -> text.contains(secret) || text.contains(PUSH_SECRET));
        }
    }

    @Test
    void pushesReachTheCallbackByItsPublicUrl(@TempDir Path dir) throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = free.getLocalPort();
        }
        // the platform is told a host name and a path the receiver does not bind: a proxy would pass them on
        Path descriptor = describe(dir, "{bind: 127.0.0.1, port: " + port + ", publicUrl: http://localhost:" + port
                + "/lab-hook}");

        assertThat(verdicts(descriptor, dir.resolve("reports"))).containsExactly("PI-6.5.1=PASS", "PI-6.5.2=PASS");
        try (var files = Files.walk(dir.resolve("reports"))) {
            assertThat(files.filter(Files::isRegularFile).map(InterconnectionDescriptorRunTest::read))
                    .anyMatch(text -> text.contains("http://localhost:" + port + "/lab-hook/callbacks/meter-push"));
        }
    }

    @Test
    void aCallbackThatCannotListenWhereTheDescriptorSaysIsAnErrorNamingTheAddress(@TempDir Path dir) throws Exception {
        Path descriptor = describe(dir, "{bind: 192.0.2.1, publicUrl: 'https://callbacks.lab.example.com/tc'}");

        assertThat(verdicts(descriptor, dir.resolve("reports"))).hasSize(2).allSatisfy(verdict -> assertThat(verdict)
                .matches("PI-6\\.5\\.[12]=ERROR .*")
                .contains("cannot open the peer's push receiver on 192.0.2.1:a free port (interconnection.callback at "
                        + descriptor + ":")
                .contains("192.0.2.1 is not an address of this machine")
                .contains("[step peerSubscribe at ")
                .doesNotContain("Exception"));
    }

    private static List<String> verdicts(Path descriptor, Path reports) throws Exception {
        EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(PROFILE.toFile()))
                .configurationParameter(EngineConfig.PLATFORM, descriptor.toString())
                .configurationParameter(EngineConfig.REPORTS_DIR, reports.toString())
                .configurationParameter(EngineConfig.CLAUSES, "PI-6.5.1,PI-6.5.2")
                .execute();
        JsonNode matrix = new ObjectMapper().readTree(reports.resolve("clause-matrix.json").toFile());
        List<String> verdicts = new java.util.ArrayList<>();
        matrix.get("clauses").forEach(c -> verdicts.add(c.get("clause").asText() + "=" + c.get("verdict").asText()
                + (c.hasNonNull("reason") ? " " + c.get("reason").asText() : "")));
        return verdicts;
    }

    /** The example descriptor pointed at the running platform, its interconnection callback {@code callback} (YAML). */
    private static Path describe(Path dir, String callback) throws Exception {
        Path file = describe(dir);
        ObjectMapper yaml = new YAMLMapper();
        ObjectNode root = (ObjectNode) yaml.readTree(file.toFile());
        ((ObjectNode) root.get("interconnection")).set("callback", yaml.readTree(callback));
        yaml.writeValue(file.toFile(), root);
        return file;
    }

    /** The example descriptor with the running platform's addresses, devices and secrets (in files). */
    private static Path describe(Path dir) throws Exception {
        PlatformDescriptor running = platform.descriptor();
        NorthboundApi peer = running.interconnection().orElseThrow();
        ApiAuth.ClientCredentials credentials = (ApiAuth.ClientCredentials) peer.auth();
        ObjectMapper yaml = new YAMLMapper();
        ObjectNode root = (ObjectNode) yaml.readTree(EXAMPLE.toFile());
        ((ObjectNode) root.get("mqtt")).put("port", running.mqtt().port());
        ObjectNode northbound = (ObjectNode) root.get("northbound");
        northbound.put("baseUrl", running.northbound().baseUrl());
        Files.writeString(dir.resolve("token.secret"), running.northbound().bearerToken().orElseThrow().reveal());
        northbound.putObject("bearerToken").put("file", "token.secret");
        ObjectNode interconnection = (ObjectNode) root.get("interconnection");
        URI example = URI.create(interconnection.get("baseUrl").asText());
        interconnection.put("baseUrl", running.northbound().baseUrl() + example.getPath());
        assertThat(interconnection.get("baseUrl").asText()).isEqualTo(peer.baseUrl());
        ObjectNode auth = (ObjectNode) interconnection.get("auth");
        auth.put("clientId", credentials.clientId());
        Files.writeString(dir.resolve("peer.secret"), credentials.clientSecret().reveal());
        auth.putObject("clientSecret").put("file", "peer.secret");
        Files.writeString(dir.resolve("push.secret"), PUSH_SECRET);
        ((ObjectNode) interconnection.get("push")).putObject("secret").put("file", "push.secret");
        ObjectNode devices = (ObjectNode) root.get("devices");
        devices.fieldNames().forEachRemaining(role -> {
            DeviceIdentity identity = running.devices().get(role);
            ObjectNode device = (ObjectNode) devices.get(role);
            device.put("productKey", identity.productKey()).put("deviceName", identity.deviceName())
                    .put("peerId", identity.peerId());
            write(dir.resolve(role + ".secret"), identity.deviceSecret().reveal());
            device.putObject("deviceSecret").put("file", role + ".secret");
        });
        Path file = dir.resolve("platform.descriptor.yaml");
        yaml.writeValue(file.toFile(), root);
        return file;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
