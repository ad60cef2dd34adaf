package org.thingconform.protocol.mqtt.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thingconform.measure.FleetReport;
import org.thingconform.measure.FleetSample;
import org.thingconform.platform.MqttAccount;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.reference.ReferencePlatform;
import org.thingconform.reference.ReferencePlatformProvider;

/**
 * A small fleet against the reference platform's broker: every member connects, every message
 * published arrives once and is timed; refused credentials and a broker that is not there are
 * counted and named, not thrown at the caller as stack traces.
 */
class MqttFleetTest {

    private static ReferencePlatform platform;
    private static FleetTarget target;
    private static MqttAccount account;

    @BeforeAll
    static void startBroker() {
        platform = new ReferencePlatformProvider().start(List.of(), Set.of());
        PlatformDescriptor descriptor = platform.descriptor();
        target = new FleetTarget(descriptor.mqtt().host(), descriptor.mqtt().port(), Duration.ofSeconds(30));
        account = descriptor.mqttAccount();
    }

    @AfterAll
    static void stopBroker() {
        platform.close();
    }

    @Test
    void everyMemberConnectsAndEveryMessageArrivesOnceTimed() {
        FleetLoad load = new FleetLoad(500, 10, Duration.ofSeconds(1), 1, Duration.ofSeconds(10));
        List<FleetSample> progress = new ArrayList<>();

        FleetReport report = new MqttFleet(target, load, new SequencePayloads(64))
                .run(members(40, account.password().reveal()), observer(), "fleet/+/data", progress::add);

        assertThat(report.errors()).isEmpty();
        assertThat(report.connected()).isEqualTo(40);
        assertThat(report.published()).as("at most 10 msg/s each, from its CONNACK to 1 s after the ramp")
                .isPositive().isLessThanOrEqualTo(40 * (10 * 2 + 1));
        assertThat(report.acknowledged()).isEqualTo(report.published());
        assertThat(report.delivered()).isEqualTo(report.published());
        assertThat(report.deliveryRatio()).isEqualTo(1.0);
        assertThat(report.duplicates()).isZero();
        assertThat(report.latencyMicros().getTotalCount() + report.untimed()).isEqualTo(report.delivered());
        assertThat(report.latencyMicros(50)).isPositive().isLessThanOrEqualTo(report.latencyMicros(99));
        assertThat(report.series()).isNotEmpty().allSatisfy(s -> assertThat(s.connected()).isBetween(0, 40));
        assertThat(report.series().stream().mapToLong(FleetSample::published).sum()).isEqualTo(report.published());
    }

    @Test
    void refusedCredentialsAreCountedByTheirConnackCode() {
        FleetLoad load = new FleetLoad(1000, 1, Duration.ZERO, 0, Duration.ZERO);

        FleetReport report = new MqttFleet(target, load, new SequencePayloads(16))
                .run(members(5, "not the password"), observer(), "fleet/+/data", sample -> { });

        assertThat(report.connected()).isZero();
        assertThat(report.connectRatio()).isZero();
        assertThat(report.errors()).hasSize(1).allSatisfy((kind, count) -> {
            assertThat(kind).startsWith("CONNACK ");
            assertThat(count).isEqualTo(5);
        });
        assertThat(report.published()).isZero();
    }

    @Test
    void aBrokerThatIsNotThereStopsTheFleetWithAReason() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        MqttFleet fleet = new MqttFleet(new FleetTarget("127.0.0.1", closedPort, Duration.ofSeconds(30)),
                new FleetLoad(10, 1, Duration.ZERO, 0, Duration.ZERO), new SequencePayloads(16));

        assertThatThrownBy(() -> fleet.run(members(1, "x"), observer(), "fleet/#", sample -> { }))
                .isInstanceOf(FleetException.class).hasMessageContaining("connection refused");
    }

    @Test
    void thePasswordNeverShowsInAMembersText() {
        assertThat(new FleetMember("d-1", "user", "s3cret", "t").toString()).doesNotContain("s3cret").contains("d-1");
    }

    private static List<FleetMember> members(int count, String password) {
        return IntStream.range(0, count).mapToObj(i -> new FleetMember("fleet-" + i, account.username(), password,
                "fleet/" + i + "/data")).toList();
    }

    private static FleetMember observer() {
        return new FleetMember("fleet-observer", account.username(), account.password().reveal(), null);
    }
}
