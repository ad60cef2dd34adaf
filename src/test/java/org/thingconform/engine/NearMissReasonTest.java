package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * When what a step awaits is absent but something close arrived, the reason says what arrived;
 * when nothing arrived it says so. The wording is pinned per step kind, against the reference
 * broker with a fault and against {@link NearMissBroker}, a loopback broker that answers every
 * packet almost right.
 */
class NearMissReasonTest {

    private static final String STEP = " \\[step ";

    @TempDir
    static Path dir;
    private static NearMissBroker broker;
    private static Map<String, String> brokerReasons;

    @BeforeAll
    static void runAgainstTheNearMissBroker() throws IOException {
        broker = new NearMissBroker();
        Path descriptor = Files.writeString(dir.resolve("near-miss.descriptor.yaml"), String.join("\n",
                "name: near-miss broker",
                "mqtt: {host: 127.0.0.1, port: " + broker.port() + "}",
                "ics: {}", ""));
        Path profile = Files.writeString(dir.resolve("near-miss.profile.yaml"), String.join("\n",
                "profile: near-miss",
                "standard: {id: OASIS-MQTT, title: near misses, edition: \"3.1.1\", status: draft}",
                "timeouts: {reply: 400ms}",
                "clauses:",
                "  - id: PUBLISH-OTHER-PAYLOAD",
                "    level: MUST",
                "    summary: an echo with another payload",
                "    given: [{mqttConnect: {client: c}}]",
                "    steps:",
                "      - mqttPublish: {client: c, topic: \"tc/{run}/t\", payload: \"sent\", qos: 0}",
                "      - mqttExpectMessage: {client: c, topic: \"tc/{run}/t\", payload: \"awaited\"}",
                "  - id: PUBLISH-OTHER-TOPIC",
                "    level: MUST",
                "    summary: an echo on another topic",
                "    given: [{mqttConnect: {client: c}}]",
                "    steps:",
                "      - mqttPublish: {client: c, topic: \"tc/near/t\", payload: \"sent\", qos: 0}",
                "      - mqttExpectMessage: {client: c, topic: \"tc/near/u\"}",
                "  - id: PUBLISH-NOTHING",
                "    level: MUST",
                "    summary: nothing at all",
                "    given: [{mqttConnect: {client: c}}]",
                "    steps:",
                "      - mqttExpectMessage: {client: c, topic: \"tc/near/u\"}",
                "  - id: NOTHING-EXPECTED",
                "    level: MUST",
                "    summary: a long echo where nothing is expected",
                "    given: [{mqttConnect: {client: c}}]",
                "    steps:",
                "      - mqttPublish: {client: c, topic: \"tc/near/n\", payloadSize: 200, qos: 0}",
                "      - mqttExpectNothing: {client: c, topic: \"tc/near/n\", within: 400ms}",
                "  - id: PUBACK-AS-PUBREC",
                "    level: MUST",
                "    summary: a PUBREC where a PUBACK is due",
                "    given: [{mqttConnect: {client: c}}]",
                "    steps:",
                "      - mqttPublish: {client: c, topic: \"tc/near/q\", payload: \"one\", qos: 1}",
                "  - id: SUBACK-AS-PUBACK",
                "    level: MUST",
                "    summary: a PUBACK where a SUBACK is due",
                "    given: [{mqttConnect: {client: c}}]",
                "    steps:",
                "      - mqttSubscribe: {client: c, filter: \"tc/near/s\", qos: 1}",
                "  - id: SECOND-CONNECT-ANSWERED",
                "    level: MUST",
                "    summary: a second CONNECT answered with a CONNACK, not a close",
                "    given: [{mqttConnect: {client: c}}]",
                "    steps:",
                "      - mqttConnect: {client: c, expect: closed}",
                "  - id: OPEN-AFTER-PING",
                "    level: MUST",
                "    summary: a PINGREQ answered, the connection left open",
                "    given: [{mqttConnect: {client: c}}]",
                "    steps:",
                "      - mqttSendBytes: {client: c, hex: C000}",
                "      - mqttExpectClosed: {client: c}",
                "  - id: OPEN-SILENT",
                "    level: MUST",
                "    summary: the connection left open, nothing sent",
                "    given: [{mqttConnect: {client: c}}]",
                "    steps:",
                "      - mqttExpectClosed: {client: c}",
                ""));
        brokerReasons = EngineRuns.reasons(EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(profile.toFile()))
                .configurationParameter(EngineConfig.PLATFORM, descriptor.toString())
                .configurationParameter(EngineConfig.REPORTS_DIR, dir.resolve("reports").toString())
                .execute());
    }

    @AfterAll
    static void stopTheBroker() throws IOException {
        broker.close();
    }

    @Test
    void mqttExpectMessageNamesTheOnlyCopyOfTheMessageWithAnotherQos() {
        Map<String, String> reasons = EngineRuns.reasons(EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile("test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml"))
                .configurationParameter(EngineConfig.CLAUSES, "MQTT-3.3.5-1")
                .configurationParameter(EngineConfig.FAULTS, "broker-overlap-lowest-qos")
                .configurationParameter(EngineConfig.REPORTS_DIR, dir.resolve("reports-overlap").toString())
                .execute());

        assertThat(reasons.get("MQTT-3.3.5-1")).matches("expected a PUBLISH on 'tc/[0-9a-f]+/o/x' with payload 'both' "
                + "delivered with QoS 1 within 1000 ms; received it only with QoS 0 \\(1 copy\\)" + STEP + ".*");
    }

    @Test
    void mqttExpectMessageNamesWhatArrivedOnItsTopic() {
        assertThat(brokerReasons.get("PUBLISH-OTHER-PAYLOAD")).matches("expected a PUBLISH on 'tc/[0-9a-f]+/t' with "
                + "payload 'awaited' within 400 ms; none arrived; client 'c' received on that topic only: payload 'sent' "
                + "\\(QoS 0, RETAIN 0\\)" + STEP + ".*");
    }

    @Test
    void mqttExpectMessageNamesWhatArrivedOnOtherTopics() {
        assertThat(brokerReasons.get("PUBLISH-OTHER-TOPIC")).matches("expected a PUBLISH on 'tc/near/u' within 400 ms; "
                + "none arrived; client 'c' received only: PUBLISH on 'tc/near/t' \\(QoS 0, RETAIN 0\\) with payload "
                + "'sent'" + STEP + ".*");
    }

    @Test
    void mqttExpectMessageSaysSoWhenNothingArrived() {
        assertThat(brokerReasons.get("PUBLISH-NOTHING"))
                .matches("expected a PUBLISH on 'tc/near/u' within 400 ms; none arrived" + STEP + ".*");
    }

    @Test
    void mqttExpectNothingNamesWhatArrivedWithItsPayloadCut() {
        assertThat(brokerReasons.get("NOTHING-EXPECTED")).matches("expected no message on 'tc/near/n' within 400 ms; "
                + "received a PUBLISH on 'tc/near/n' \\(QoS 0, RETAIN 0\\) with payload 'x{120}…'" + STEP + ".*");
    }

    @Test
    void mqttPublishNamesTheAcknowledgementOfAnotherType() {
        assertThat(brokerReasons.get("PUBACK-AS-PUBREC")).matches("could not establish the PUBACK of the QoS 1 PUBLISH"
                + ", a means of this clause, not its subject: expected a PUBACK for the QoS 1 PUBLISH with packet "
                + "id 1; none arrived within 400 ms; the broker sent instead: PUBREC \\{packetId=1, reasonCode=0x00\\}" + STEP + ".*");
    }

    @Test
    void mqttSubscribeNamesThePacketThatCameInsteadOfTheSuback() {
        assertThat(brokerReasons.get("SUBACK-AS-PUBACK")).matches("could not establish the SUBACK of the SUBSCRIBE"
                + ", a means of this clause, not its subject: expected a SUBACK for packet id 1; none arrived "
                + "within 400 ms; the broker sent instead: PUBACK \\{packetId=1, reasonCode=0x00\\}" + STEP + ".*");
    }

    @Test
    void mqttConnectExpectingACloseNamesTheConnack() {
        assertThat(brokerReasons.get("SECOND-CONNECT-ANSWERED")).matches("expected the broker to close the connection "
                + "after this second CONNECT; it was still open after 400 ms; meanwhile it sent: CONNACK "
                + "\\{reasonCode=0x00, sessionPresent=false\\}" + STEP + ".*");
    }

    @Test
    void mqttExpectClosedNamesWhatTheBrokerSentMeanwhile() {
        assertThat(brokerReasons.get("OPEN-AFTER-PING")).matches("expected the broker to close the connection; it was "
                + "still open after 400 ms; meanwhile it sent: PINGRESP" + STEP + ".*");
        assertThat(brokerReasons.get("OPEN-SILENT")).matches("expected the broker to close the connection; it was "
                + "still open after 400 ms; it sent nothing meanwhile" + STEP + ".*");
    }
}
