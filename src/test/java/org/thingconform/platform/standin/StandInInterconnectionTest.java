package org.thingconform.platform.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.thingconform.engine.EngineConfig;
import org.thingconform.engine.PlatformSession;
import org.thingconform.engine.ThingConformTestEngine;
import org.thingconform.platform.ApiAuth;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.platform.EmbeddedPlatform;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.ProfileLoader;

/**
 * Issue #7's proof that the interconnection mapping is data, not code: every
 * interconnection clause (discovery, models, control, data, signed push, identity) passes against {@link PeerApiStandIn}, an API with other paths, field
 * names, token request and paging, described only by the fixture descriptor
 * {@code descriptors/standin-interconnection.yaml}; and a reference-platform fault behind the
 * stand-in still turns exactly its clause to FAIL.
 */
class StandInInterconnectionTest {

    private static final Path PROFILE = Path.of("test-profiles/platform-interconnection/profile.yaml");
    private static final Path FIXTURE = Path.of("src/test/resources/descriptors/standin-interconnection.yaml");
    /** Every clause of the interconnection profile. */
    private static final String ALL = "PI-*";
    private static final List<String> ALL_CLAUSES = List.of("PI-5.1.1", "PI-5.1.2", "PI-5.1.3", "PI-6.1.1",
            "PI-6.1.2", "PI-6.2.1", "PI-6.2.2", "PI-6.3.1", "PI-6.3.2", "PI-6.4.1", "PI-6.4.2", "PI-6.5.1",
            "PI-6.5.2", "PI-6.5.3", "PI-6.5.4", "PI-6.6.1");
    /** The push secret the descriptor names; the stand-in receives it in the watch body. */
    private static final String PUSH_SECRET = "stand-in-push-" + Long.toHexString(System.nanoTime());

    private static EmbeddedPlatform platform;
    private static PeerApiStandIn standIn;

    @BeforeAll
    static void start() {
        platform = PlatformSession.startEmbedded(List.of(ProfileLoader.load(PROFILE)), Set.of());
        standIn = PeerApiStandIn.start(platform.descriptor().interconnection().orElseThrow().baseUrl());
    }

    @AfterAll
    static void stop() {
        if (standIn != null) {
            standIn.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @AfterEach
    void noFaults() {
        platform.switchFaults(Set.of());
    }

    @Test
    void everyInterconnectionClausePassesAgainstTheDifferentlyShapedApi(@TempDir Path dir) throws Exception {
        List<String> verdicts = run(dir, ALL);

        List<String> expected = ALL_CLAUSES.stream().map(c -> c + "=PASS").toList();
        assertThat(verdicts).containsExactlyElementsOf(expected);
        // the traffic went through the stand-in's own shape: JSON token request, offset paging past the first page
        assertThat(standIn.served()).anyMatch(r -> r.startsWith("POST /api/peer/session"))
                .anyMatch(r -> r.startsWith("GET /api/peer/things?offset=2&count=2"))
                .anyMatch(r -> r.startsWith("POST /api/peer/things/thing:") && r.endsWith("/property-writes"))
                .anyMatch(r -> r.startsWith("GET /api/peer/actions/"))
                .anyMatch(r -> r.startsWith("GET /api/peer/models/"))
                .anyMatch(r -> r.startsWith("GET /api/peer/things/thing:") && r.endsWith("/state"))
                .anyMatch(r -> r.contains("/samples/voltage?since="))
                .anyMatch(r -> r.startsWith("POST /api/peer/watches"))
                .anyMatch(r -> r.startsWith("DELETE /api/peer/watches/"))
                .anyMatch(r -> r.startsWith("POST /relay/"));
        String secret = ((ApiAuth.ClientCredentials) platform.descriptor().interconnection().orElseThrow().auth())
                .clientSecret().reveal();
        try (var files = Files.walk(dir.resolve("reports"))) {
            assertThat(files.filter(Files::isRegularFile).map(StandInInterconnectionTest::read))
                    .noneMatch(text -> text.contains(secret))
                    .noneMatch(text -> text.contains(PUSH_SECRET));
        }
    }

    @Test
    void aFaultBehindTheStandInTurnsExactlyItsClauseToFail(@TempDir Path dir) throws Exception {
        platform.switchFaults(Set.of("paging-drops-last-page"));

        List<String> verdicts = run(dir, "PI-6.1.*");

        assertThat(verdicts).hasSize(2).anyMatch(v -> v.startsWith("PI-6.1.1=FAIL")).contains("PI-6.1.2=PASS");
    }

    /** Runs {@code clauses} against the stand-in through the filled-in fixture; returns "clause=VERDICT [reason]". */
    private static List<String> run(Path dir, String clauses) throws Exception {
        Path reports = dir.resolve("reports");
        EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(PROFILE.toFile()))
                .configurationParameter(EngineConfig.PLATFORM, describe(dir).toString())
                .configurationParameter(EngineConfig.CLAUSES, clauses)
                .configurationParameter(EngineConfig.REPORTS_DIR, reports.toString())
                .execute();
        JsonNode matrix = new ObjectMapper().readTree(reports.resolve("clause-matrix.json").toFile());
        List<String> verdicts = new ArrayList<>();
        matrix.get("clauses").forEach(c -> verdicts.add(c.get("clause").asText() + "=" + c.get("verdict").asText()
                + (c.hasNonNull("reason") ? " " + c.get("reason").asText() : "")));
        return verdicts;
    }

    /**
     * The fixture with what exists only at run time: the reference platform's broker and
     * northbound API, the stand-in's address, the devices' names, and the secrets in files.
     * The mapping of every operation is the fixture's, untouched.
     */
    private static Path describe(Path dir) throws IOException {
        PlatformDescriptor running = platform.descriptor();
        ApiAuth.ClientCredentials credentials = (ApiAuth.ClientCredentials) running.interconnection().orElseThrow().auth();
        YAMLMapper yaml = new YAMLMapper();
        ObjectNode root = (ObjectNode) yaml.readTree(FIXTURE.toFile());
        JsonNode operationsBefore = root.at("/interconnection/operations").deepCopy();
        Path secrets = Files.createDirectories(dir.resolve("secrets"));
        ((ObjectNode) root.get("mqtt")).put("port", running.mqtt().port());
        ((ObjectNode) root.get("northbound")).put("baseUrl", running.northbound().baseUrl());
        Files.writeString(secrets.resolve("northbound-token"), running.northbound().bearerToken().orElseThrow().reveal());
        ObjectNode interconnection = (ObjectNode) root.get("interconnection");
        interconnection.put("baseUrl", standIn.baseUrl());
        ((ObjectNode) interconnection.get("auth")).put("clientId", credentials.clientId());
        Files.writeString(secrets.resolve("peer-client-secret"), credentials.clientSecret().reveal());
        Files.writeString(secrets.resolve("push-secret"), PUSH_SECRET);
        ObjectNode devices = (ObjectNode) root.get("devices");
        for (String role : List.of("shared-meter-1", "shared-meter-2", "shared-meter-3", "private-meter")) {
            DeviceIdentity identity = running.devices().get(role);
            ((ObjectNode) devices.get(role)).put("productKey", identity.productKey())
                    .put("deviceName", identity.deviceName())
                    .put("peerId", PeerApiStandIn.THING_PREFIX + identity.peerId());
            Files.writeString(secrets.resolve(role), identity.deviceSecret().reveal());
        }
        assertThat(root.at("/interconnection/operations")).isEqualTo(operationsBefore);
        Path file = dir.resolve("standin.descriptor.yaml");
        yaml.writeValue(file.toFile(), root);
        return file;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
