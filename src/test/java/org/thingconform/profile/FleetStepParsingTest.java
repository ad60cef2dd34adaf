package org.thingconform.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.profile.step.MqttFleetStep;

/**
 * The fleet step of the capacity profile: the load and thresholds come from parameters a descriptor's IXIT may set,
 * a clause with a fleet runs alone, and a broken argument is a located error saying what was expected.
 */
class FleetStepParsingTest {

    private static final Path CAPACITY = Path.of("test-profiles/capacity/mqtt-broker-capacity.profile.yaml");

    @Test
    void theCapacityProfileTakesItsLoadAndThresholdsFromParametersAndItsClausesRunAlone() {
        Profile profile = ProfileLoader.load(CAPACITY);
        MqttFleetStep connections = (MqttFleetStep) profile.clause("CAP-MQTT-1").orElseThrow().steps().get(0);
        MqttFleetStep throughput = (MqttFleetStep) profile.clause("CAP-MQTT-2").orElseThrow().steps().get(0);

        assertThat(connections.devices()).isEqualTo(100);
        assertThat(connections.messageRate()).isZero();
        assertThat(connections.expect().connected()).isEqualTo(1.0);
        assertThat(connections.expect().errors()).isZero();
        assertThat(throughput.expect().delivered()).isEqualTo(0.999);
        assertThat(throughput.qos()).isEqualTo(1);
        assertThat(throughput.topic()).isEqualTo("tc/{run}/fleet/{device}");
        assertThat(throughput.drain()).isEqualTo(Duration.ofSeconds(5));
        assertThat(profile.clauses()).allSatisfy(c -> assertThat(c.exclusive()).as(c.id()).isTrue());
    }

    @Test
    void theVendorsClaimReplacesTheParameters() {
        Map<String, JsonNode> claim = Map.of("fleetDevices", IntNode.valueOf(10_000), "fleetDelivered",
                TextNode.valueOf("99.99%"), "fleetP99", TextNode.valueOf("250ms"));
        Profile profile = ProfileLoader.load(CAPACITY, claim);

        MqttFleetStep throughput = (MqttFleetStep) profile.clause("CAP-MQTT-2").orElseThrow().steps().get(0);
        MqttFleetStep latency = (MqttFleetStep) profile.clause("CAP-MQTT-3").orElseThrow().steps().get(0);
        assertThat(throughput.devices()).isEqualTo(10_000);
        assertThat(throughput.expect().delivered()).isEqualTo(0.9999);
        assertThat(latency.expect().p99()).isEqualTo(Duration.ofMillis(250));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "share above 100 %   | 'expect: {connected: 100%, errors: 0}' | 'expect: {connected: 101%, errors: 0}' | '101%' is outside 0 to 100 %",
        "share not a number  | 'expect: {connected: 100%, errors: 0}' | 'expect: {connected: most, errors: 0}' | 'most' is not a share",
        "no threshold        | 'expect: {connected: 100%, errors: 0}' | 'expect: {}' | 'expect' gives no threshold",
        "negative errors     | 'expect: {connected: 100%, errors: 0}' | 'expect: {errors: -1}' | 'errors' must be a non-negative integer",
        "unknown threshold   | 'expect: {connected: 100%, errors: 0}' | 'expect: {p90: 1s}' | p90",
        "zero ramp           | 'connectRate: \"${fleetConnectRate}\"' | 'connectRate: 0' | 'connectRate' must be a positive number",
        "QoS 2               | 'messageRate: 0' | 'messageRate: 0\n          qos: 2' | a fleet publishes at QoS 0 or 1, not 2",
        "payload too small   | 'messageRate: 0' | 'messageRate: 0\n          payloadSize: 8' | needs 16 bytes to be recognised and timed",
        "no duration         | 'duration: \"${fleetHoldFor}\"' | 'drain: 1s' | missing required key 'duration'"})
    void aBrokenArgumentIsALocatedError(String what, String original, String broken, String message, @TempDir Path dir)
            throws IOException {
        BrokenProfile.failsWith(CAPACITY, original, broken, message, dir);
    }
}
