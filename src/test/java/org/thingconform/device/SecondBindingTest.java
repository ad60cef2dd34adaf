package org.thingconform.device;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.platform.Secret;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;

/**
 * The same thing model over a Tencent-style binding written as data only: the simulated
 * device speaks its topics and envelopes, tells flows apart on a shared topic, and the
 * Alink-specific code paths are not involved.
 */
class SecondBindingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Profile TENCENT = ProfileLoader.load(Path.of("src/test/resources/profiles/tencent-style/profile.yaml"));
    private static final Profile ALINK = ProfileLoader.load(Path.of("test-profiles/tsl-alink-mqtt/profile.yaml"));

    private final ScriptedTransport session = new ScriptedTransport();
    private final SimulatedDevice device = new SimulatedDevice(new DeviceIdentity("PK1", "meter7", new Secret("s")),
            TENCENT.binding(), session, Duration.ofSeconds(2));

    @Test
    void bothBindingsDescribeTheSameThingModel() {
        assertThat(TENCENT.modelOf("meter")).isEqualTo(ALINK.modelOf("meter"));
        assertThat(TENCENT.binding()).isNotEqualTo(ALINK.binding());
    }

    @Test
    void signsInWithThePlainSchemeAndSubscribesToTheBindingsTopics() {
        assertThat(device.connect(true).accepted()).isTrue();

        assertThat(session.connects.get(0).clientId()).isEqualTo("PK1meter7");
        assertThat(session.connects.get(0).username()).startsWith("PK1meter7;");
        assertThat(session.subscriptions.get(0)).containsExactlyInAnyOrder("$thing/down/property/PK1/meter7",
                "$thing/down/event/PK1/meter7", "$thing/down/action/PK1/meter7");
    }

    @Test
    void aPropertyReportIsTencentShapedAndItsReplyIsFoundAmongOtherTrafficOnTheSharedTopic() throws Exception {
        device.connect(true);
        ObjectNode values = JSON.createObjectNode().put("voltage", 229.5);

        SimulatedDevice.Request report = device.postProperties(values);
        session.deliver("$thing/down/property/PK1/meter7",
                "{\"method\":\"control\",\"clientToken\":\"ctl-9\",\"params\":{\"relayOn\":0}}");
        session.deliver("$thing/down/property/PK1/meter7",
                "{\"method\":\"report_reply\",\"clientToken\":\"" + report.id() + "\",\"code\":0,\"status\":\"ok\"}");

        JsonNode sent = JSON.readTree(session.published.get(0).payload());
        assertThat(session.published.get(0).topic()).isEqualTo("$thing/up/property/PK1/meter7");
        assertThat(sent.get("method").asText()).isEqualTo("report");
        assertThat(sent.get("clientToken").asText()).isEqualTo(report.id());
        assertThat(sent.get("params")).isEqualTo(values);
        Reply reply = device.awaitReply(report).orElseThrow();
        assertThat(reply.code()).isEqualTo(device.successCode()).isZero();
        assertThat(reply.id()).isEqualTo(report.id());
        Downlink control = device.awaitPropertySet().orElseThrow();
        assertThat(control.id()).isEqualTo("ctl-9");
        assertThat(control.params().get("relayOn").asInt()).isZero();
    }

    @Test
    void eventsCarryTheirIdentifierInTheEnvelopeAndServiceCallsAreMatchedByActionId() throws Exception {
        device.connect(true);
        device.postEvent("overVoltage", JSON.createObjectNode().put("peakVoltage", 498.5));
        session.deliver("$thing/down/action/PK1/meter7",
                "{\"method\":\"action\",\"clientToken\":\"a1\",\"actionId\":\"otherAction\",\"params\":{}}");
        session.deliver("$thing/down/action/PK1/meter7",
                "{\"method\":\"action\",\"clientToken\":\"a2\",\"actionId\":\"readHistory\",\"params\":{\"days\":7}}");

        JsonNode event = JSON.readTree(session.published.get(0).payload());
        assertThat(session.published.get(0).topic()).isEqualTo("$thing/up/event/PK1/meter7");
        assertThat(event.get("eventId").asText()).isEqualTo("overVoltage");
        assertThat(event.get("params").get("peakVoltage").asDouble()).isEqualTo(498.5);
        Downlink call = device.awaitServiceCall("readHistory", false).orElseThrow();
        assertThat(call.id()).isEqualTo("a2");
        device.answer(call, "readHistory", 0, JSON.createObjectNode().put("samples", 168));
        JsonNode answer = JSON.readTree(session.published.get(1).payload());
        assertThat(session.published.get(1).topic()).isEqualTo("$thing/up/action/PK1/meter7");
        assertThat(answer.get("method").asText()).isEqualTo("action_reply");
        assertThat(answer.get("clientToken").asText()).isEqualTo("a2");
        assertThat(answer.get("code").asInt()).isZero();
        assertThat(answer.get("response").get("samples").asInt()).isEqualTo(168);
    }

    @Test
    void aReplyThatNeverComesIsAnEmptyWaitNotAHang() {
        device.connect(true);
        SimulatedDevice.Request report = device.postProperties(JSON.createObjectNode().put("voltage", 1.0));

        assertThat(device.awaitReply(report)).isEmpty();
    }
}
