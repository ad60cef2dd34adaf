package org.thingconform.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.profile.step.MqttConnectStep;
import org.thingconform.profile.step.MqttPublishStep;
import org.thingconform.profile.step.MqttSubscribeStep;

/**
 * The MQTT client steps of the broker profiles: a profile without devices or bindings loads,
 * its steps keep what the clauses need (empty client ids, per-filter SUBACK codes), and a
 * broken argument is a located error.
 */
class MqttStepParsingTest {

    private static final Path V311 = Path.of("test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml");

    @Test
    void theBrokerProfilesLoadWithoutDevicesOrBindingsAndKeepTheirEditions() {
        Profile v311 = ProfileLoader.load(V311);
        Profile v5 = ProfileLoader.load(Path.of("test-profiles/mqtt-broker/mqtt-5.0.profile.yaml"));

        assertThat(v311.bindings()).containsExactly(org.thingconform.profile.Binding.NO_DEVICE); // no device, no real binding
        assertThat(v311.devices()).isEmpty();
        assertThat(v311.standard().edition()).isEqualTo("3.1.1");
        assertThat(v5.standard().edition()).isEqualTo("5.0");
        assertThat(v311.clauses().size() + v5.clauses().size()).isGreaterThanOrEqualTo(40);
        assertThat(v311.clauses()).allSatisfy(c -> assertThat(c.usesDevices()).isFalse());
        MqttConnectStep empty = (MqttConnectStep) v311.clause("MQTT-3.1.3-8").orElseThrow().steps().get(0);
        assertThat(empty.clientId()).isEmpty();
        assertThat(empty.cleanStart()).isFalse();
        assertThat(empty.reasonCodes()).containsExactly(2);
        MqttConnectStep refused = (MqttConnectStep) v311.clause("MQTT-3.2.2-4").orElseThrow().steps().get(0);
        assertThat(refused.outcome()).isEqualTo(MqttConnectStep.Outcome.REFUSED);
        assertThat(refused.sessionPresent()).isFalse();
        MqttPublishStep pubrecOnly = (MqttPublishStep) v311.clause("MQTT-2.3.1-6").orElseThrow().steps().get(1);
        assertThat(pubrecOnly.checks("PUBREC")).isTrue();
        assertThat(pubrecOnly.checks("PUBCOMP")).isFalse();
        MqttSubscribeStep ordered = (MqttSubscribeStep) v311.clause("MQTT-3.9.3-1").orElseThrow().steps().get(0);
        assertThat(ordered.codes()).as("each at most what its filter asked")
                .containsExactly(java.util.List.of(0, 1, 2), java.util.List.of(0), java.util.List.of(0, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "QoS 3              | 'filter: \"tc/{run}/s\", qos: 2, subject: true}' | 'filter: \"tc/{run}/s\", qos: 3, subject: true}' | QoS 3 does not exist",
        "codes per filter   | 'expect: {codes: [[0, 1, 2], [0], [0, 1]]}' | 'expect: {codes: [2, 0]}' | 'codes' must list one entry per filter (3)",
        "unknown outcome    | 'payload: \"x\", expect: closed}' | 'payload: \"x\", expect: shut}'   | unknown publish outcome 'shut'",
        "not hexadecimal    | 'hex: C000'                       | 'hex: C0Z0'                        | is not hexadecimal bytes",
        "ack not in flow    | 'qos: 2, checkAcks: [PUBREC], see'    | 'qos: 2, checkAcks: [PUBACK], see'    | 'PUBACK' is not an acknowledgement of a QoS 2 PUBLISH",
        "qos and published  | 'payload: \"p0\", publishedQos: 2}' | 'payload: \"p0\", publishedQos: 2, qos: 0}' | both 'qos' and 'publishedQos' are given",
        "refused and code   | 'expect: {refused: true, sessionPresent: false}' | 'expect: {refused: true, reasonCode: 4}' | both 'refused' and 'reasonCode' are given",
        "unknown version    | '- mqttConnect: {client: c}\n    steps:\n      - mqttConnect: {client: c, expect: closed}' | '- mqttConnect: {client: c, version: \"4\"}\n    steps:\n      - mqttConnect: {client: c, expect: closed}' | unknown MQTT version '4'"})
    void aBrokenStepArgumentIsALocatedError(String what, String original, String broken, String message,
                                            @TempDir Path dir) throws IOException {
        BrokenProfile.failsWith(V311, original, broken, message, dir);
    }
}
