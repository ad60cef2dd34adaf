package org.thingconform.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.engine.EndpointNeeds;
import org.thingconform.profile.step.DeviceFleetStep;
import org.thingconform.source.BadInputException;

/**
 * The device fleet step of the TSL/Alink capacity profile: a role of the profile, the flow it posts on, the load
 * and thresholds from parameters a descriptor's IXIT may set (read as mqttFleet's are); its clause runs alone, over
 * the binding's device endpoint, and a broken argument, or a clause that would run over a binding other than MQTT
 * 3.1.1, is a located error saying what was expected.
 */
class DeviceFleetStepParsingTest {

    private static final Path CAPACITY = Path.of("test-profiles/capacity/tsl-alink-capacity.profile.yaml");

    @Test
    void theProfileTakesItsFleetsFromParametersAndItsClausesRunAloneOverTheDeviceEndpoint() {
        Profile profile = ProfileLoader.load(CAPACITY);
        DeviceFleetStep signIn = (DeviceFleetStep) profile.clause("CAP-ALINK-1").orElseThrow().steps().get(0);
        DeviceFleetStep throughput = (DeviceFleetStep) profile.clause("CAP-ALINK-2").orElseThrow().steps().get(0);

        assertThat(signIn.role()).isEqualTo("meter");
        assertThat(signIn.flow()).as("the default flow").isEqualTo("propertyPost");
        assertThat(signIn.devices()).isEqualTo(50);
        assertThat(signIn.messageRate()).isZero();
        assertThat(signIn.expect().connected()).isEqualTo(1.0);
        assertThat(signIn.expect().errors()).isZero();
        assertThat(throughput.messageRate()).isEqualTo(2);
        assertThat(throughput.expect().delivered()).isEqualTo(0.999);
        assertThat(throughput.drain()).isEqualTo(Duration.ofSeconds(5));
        assertThat(profile.modelOf("meter").properties()).isNotEmpty();
        assertThat(profile.clauses()).allSatisfy(c -> {
            assertThat(c.exclusive()).as(c.id()).isTrue();
            assertThat(c.drivesFleet()).as(c.id()).isTrue();
            assertThat(c.usesDevices()).as(c.id()).isTrue();
            assertThat(EndpointNeeds.of(c, profile.bindingsOf(c).get(0))).as(c.id()).containsExactly(EndpointNeeds.MQTT);
        });
    }

    @Test
    void theVendorsClaimReplacesTheParameters() {
        Map<String, JsonNode> claim = Map.of("deviceFleetDevices", IntNode.valueOf(10_000),
                "deviceFleetP99", TextNode.valueOf("250ms"));
        Profile profile = ProfileLoader.load(CAPACITY, claim);

        DeviceFleetStep latency = (DeviceFleetStep) profile.clause("CAP-ALINK-3").orElseThrow().steps().get(0);
        assertThat(latency.devices()).isEqualTo(10_000);
        assertThat(latency.expect().p99()).isEqualTo(Duration.ofMillis(250));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown role        | 'role: meter\n          devices: \"${deviceFleetDevices}\"\n          connectRate: \"${deviceFleetConnectRate}\"\n          messageRate: 0' | 'role: lamp\n          devices: 5\n          messageRate: 0' | unknown device role 'lamp'",
        "no role             | 'role: meter\n          devices: \"${deviceFleetDevices}\"\n          connectRate: \"${deviceFleetConnectRate}\"\n          messageRate: 0' | 'devices: 5\n          messageRate: 0' | missing required key 'role'",
        "downlink flow       | 'flow: propertyPost' | 'flow: propertySet' | a device fleet cannot post on flow 'propertySet'",
        "share above 100 %   | 'expect: {connected: 100%, errors: 0}' | 'expect: {connected: 101%, errors: 0}' | '101%' is outside 0 to 100 %",
        "no threshold        | 'expect: {connected: 100%, errors: 0}' | 'expect: {}' | 'expect' gives no threshold",
        "broker-only key     | 'messageRate: 0' | 'messageRate: 0\n          payloadSize: 64' | payloadSize",
        "zero ramp           | 'connectRate: \"${deviceFleetConnectRate}\"' | 'connectRate: 0' | 'connectRate' must be a positive number",
        "over MQTT 5         | '    bindings: [alink-mqtt]\n    steps:\n      - deviceFleet:\n          role: meter\n          devices: \"${deviceFleetDevices}\"' | '    steps:\n      - deviceFleet:\n          role: meter\n          devices: \"${deviceFleetDevices}\"' | deviceFleet drives MQTT 3.1.1 devices, but clause CAP-ALINK-1 runs over binding(s) [alink-mqtt5 (mqtt5)]"})
    void aBrokenArgumentIsALocatedError(String what, String original, String broken, String message, @TempDir Path dir)
            throws IOException {
        String text = Files.readString(CAPACITY);
        String from = original.replace("'", "").replace("\\n", "\n");
        assertThat(text).as("the profile holds %s", from).contains(from);
        text = text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(broken.replace("'", "").replace("\\n", "\n")));
        // an MQTT 5 binding beside the MQTT 3.1.1 one, which a clause not limited to alink-mqtt runs over too
        text = text.replace("\nparameters:", "\n  - id: alink-mqtt5\n    extends: alink-mqtt\n    protocol: mqtt5\n\nparameters:");
        Path file = dir.resolve("broken.profile.yaml");
        Files.copy(Path.of("test-profiles/tsl-alink-mqtt/smart-meter.tsl.json"), dir.resolve("smart-meter.tsl.json"));
        Files.writeString(file, text.replace("../tsl-alink-mqtt/smart-meter.tsl.json", "smart-meter.tsl.json"));

        assertThatThrownBy(() -> ProfileLoader.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((BadInputException) e).location()).isNotNull());
    }
}
