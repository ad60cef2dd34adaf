package org.thingconform.engine.step.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thingconform.device.EnvelopeCodec;
import org.thingconform.engine.CaseExpander;
import org.thingconform.engine.ClauseRunner;
import org.thingconform.engine.EngineConfig;
import org.thingconform.engine.PlatformSession;
import org.thingconform.measure.FleetReport;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.platform.EmbeddedPlatform;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.Binding;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;
import org.thingconform.protocol.AlinkCredentials;
import org.thingconform.protocol.mqtt.fleet.FleetLoad;
import org.thingconform.protocol.mqtt.fleet.FleetMember;
import org.thingconform.protocol.mqtt.fleet.FleetTarget;
import org.thingconform.protocol.mqtt.fleet.MqttFleet;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Verdict;

/**
 * A small fleet of the reference platform's smart meters, driven in answered mode: every device signs in with its
 * Alink signature, every property post is answered once with code 200 and timed from post to answer; posts the
 * platform refuses are counted by their reply code, never as delivered; and the step, run as a clause, passes with
 * the devices the reference registered for it and is INCONCLUSIVE, naming both counts, when it asks for more.
 */
class DeviceFleetTest {

    private static final Path CAPACITY = Path.of("test-profiles/capacity/tsl-alink-capacity.profile.yaml");
    private static final int DEVICES = 8;

    private static Profile profile;
    private static EmbeddedPlatform platform;
    private static PlatformDescriptor descriptor;
    private static Binding binding;

    @BeforeAll
    static void startTheReference() {
        profile = ProfileLoader.load(CAPACITY, Map.of("deviceFleetDevices", IntNode.valueOf(DEVICES)));
        platform = PlatformSession.startEmbedded(List.of(profile), Set.of());
        descriptor = platform.descriptor();
        binding = profile.bindings().get(0);
    }

    @AfterAll
    static void stopTheReference() {
        platform.close();
    }

    @Test
    void theReferenceRegistersAsManyDevicesAsTheLargestFleet() {
        assertThat(descriptor.lanes(List.of("meter"))).isEqualTo(DEVICES);
    }

    @Test
    void everyDeviceSignsInAndEveryPostIsAnsweredOnceTimed() {
        List<DeviceIdentity> devices = devices();
        AlinkPayloads payloads = new AlinkPayloads(binding, "propertyPost", devices,
                PropertyValueSets.of(profile.modelOf("meter"), "meter", EngineConfig.DEFAULT_SEED), 1_000);

        FleetReport report = fleet(payloads).runAnswered(members(devices, payloads), sample -> { });

        assertThat(report.errors()).isEmpty();
        assertThat(report.connected()).isEqualTo(DEVICES);
        assertThat(report.published()).as("at most 5 posts/s each over the ramp and 1 s").isPositive()
                .isLessThanOrEqualTo(DEVICES * (5 * 2 + 1));
        assertThat(report.delivered()).isEqualTo(report.published());
        assertThat(report.duplicates()).isZero();
        assertThat(report.latencyMicros().getTotalCount() + report.untimed()).isEqualTo(report.delivered());
        assertThat(report.latencyMicros(50)).isPositive();
    }

    @Test
    void postsThePlatformRefusesCountByTheirReplyCodeAndAreNotDelivered() {
        List<DeviceIdentity> devices = devices();
        ObjectNode outOfRange = JsonNodeFactory.instance.objectNode().put("voltage", new BigDecimal("512.5"));
        AlinkPayloads payloads = new AlinkPayloads(binding, "propertyPost", devices, List.of(outOfRange), 0);

        FleetReport report = fleet(payloads).runAnswered(members(devices, payloads), sample -> { });

        assertThat(report.connected()).isEqualTo(DEVICES);
        assertThat(report.published()).isPositive();
        assertThat(report.delivered()).isZero();
        assertThat(report.errors()).containsOnlyKeys("reply code 6306");
        assertThat(report.errors().get("reply code 6306")).isEqualTo(report.published());
    }

    @Test
    void theClausePassesWithTheDevicesTheReferenceRegistered() {
        ClauseResult result = run(profile, "CAP-ALINK-2");

        assertThat(result.verdict()).as(result.reason()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aFleetLargerThanTheDescriptorsDevicesIsInconclusiveNamingBothCounts() {
        Profile larger = ProfileLoader.load(CAPACITY, Map.of("deviceFleetDevices", IntNode.valueOf(DEVICES + 92)));

        ClauseResult result = run(larger, "CAP-ALINK-1");

        assertThat(result.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(result.reason()).contains("the descriptor gives role meter 8 devices; the fleet asks 100: add a pool");
    }

    private static ClauseResult run(Profile of, String clause) {
        return ClauseRunner.runWhole(of, of.clause(clause).orElseThrow(), descriptor,
                new CaseExpander(EngineConfig.DEFAULT_SEED, Instant.now()), b -> true);
    }

    private static MqttFleet fleet(AlinkPayloads payloads) {
        return new MqttFleet(new FleetTarget(descriptor.mqtt().host(), descriptor.mqtt().port(), Duration.ofSeconds(30)),
                new FleetLoad(200, 5, Duration.ofSeconds(1), 1, Duration.ofSeconds(10)), payloads);
    }

    private static List<DeviceIdentity> devices() {
        List<DeviceIdentity> devices = new ArrayList<>();
        for (int lane = 0; lane < DEVICES; lane++) {
            devices.add(descriptor.device("meter", lane));
        }
        return devices;
    }

    private static List<FleetMember> members(List<DeviceIdentity> devices, AlinkPayloads payloads) {
        List<FleetMember> members = new ArrayList<>();
        for (int i = 0; i < devices.size(); i++) {
            DeviceIdentity d = devices.get(i);
            AlinkCredentials signed = AlinkCredentials.sign(d.productKey(), d.deviceName(), d.deviceSecret().reveal(),
                    System.currentTimeMillis());
            Map<String, Object> variables = payloads.variables(i);
            members.add(new FleetMember(signed.clientId(), signed.username(), signed.password(),
                    EnvelopeCodec.text(binding.flow("propertyPost").topic(), variables),
                    EnvelopeCodec.text(binding.flow("propertyPost").replyTopic(), variables)));
        }
        return members;
    }
}
