package org.thingconform.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.platform.Secret;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;

/**
 * A sync (RRPC) service call on the shipped Alink binding: the device subscribes to the
 * request topic with a wildcard for the message id the platform picks, tells services
 * apart by method, and answers on the response topic carrying the same message id.
 */
class SyncServiceCallTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Profile ALINK = ProfileLoader.load(Path.of("test-profiles/tsl-alink-mqtt/profile.yaml"));
    private static final Profile TENCENT = ProfileLoader.load(Path.of("src/test/resources/profiles/tencent-style/profile.yaml"));

    private final ScriptedTransport session = new ScriptedTransport();
    private final SimulatedDevice device = new SimulatedDevice(new DeviceIdentity("PK1", "meter7", new Secret("s")),
            ALINK.binding(), session, Duration.ofSeconds(2));

    @Test
    void theDeviceSubscribesToEveryMessageIdOfItsRrpcRequestTopic() {
        device.connect(true);

        assertThat(session.subscriptions.get(0)).contains("/sys/PK1/meter7/rrpc/request/+")
                .doesNotContain("/sys/PK1/meter7/rrpc/request/{messageId}");
    }

    @Test
    void aSyncCallIsFoundByMethodAndAnsweredOnTheResponseTopicOfItsMessageId() throws Exception {
        device.connect(true);
        session.deliver("/sys/PK1/meter7/rrpc/request/41",
                "{\"id\":\"41\",\"version\":\"1.0\",\"params\":{},\"method\":\"thing.service.other\"}");
        session.deliver("/sys/PK1/meter7/rrpc/request/42",
                "{\"id\":\"42\",\"version\":\"1.0\",\"params\":{\"phase\":2},\"method\":\"thing.service.readInstant\"}");

        Downlink call = device.awaitServiceCall("readInstant", true).orElseThrow();
        device.answer(call, "readInstant", 200, JSON.createObjectNode().put("phaseVoltage", 230.4));

        assertThat(call.topicVariables()).containsEntry("messageId", "42");
        assertThat(call.params().get("phase").asInt()).isEqualTo(2);
        assertThat(session.published.get(0).topic()).isEqualTo("/sys/PK1/meter7/rrpc/response/42");
        JsonNode answer = JSON.readTree(session.published.get(0).payload());
        assertThat(answer.get("id").asText()).isEqualTo("42");
        assertThat(answer.get("code").asInt()).isEqualTo(200);
        assertThat(answer.get("data").get("phaseVoltage").asDouble()).isEqualTo(230.4);
        assertThat(device.awaitServiceCall("other", true).orElseThrow().topicVariables())
                .containsEntry("messageId", "41");
    }

    @Test
    void anAsyncCallIsNotMistakenForASyncOne() {
        device.connect(true);
        session.deliver("/sys/PK1/meter7/thing/service/readInstant",
                "{\"id\":\"7\",\"version\":\"1.0\",\"params\":{\"phase\":1},\"method\":\"thing.service.readInstant\"}");

        assertThat(device.awaitServiceCall("readInstant", true, Duration.ofMillis(50))).isEmpty();
        assertThat(device.awaitServiceCall("readInstant", false).orElseThrow().id()).isEqualTo("7");
    }

    @Test
    void aBindingWithoutAnRrpcFlowSaysSoInsteadOfWaiting() {
        SimulatedDevice tencent = new SimulatedDevice(new DeviceIdentity("PK1", "meter7", new Secret("s")),
                TENCENT.binding(), new ScriptedTransport(), Duration.ofSeconds(2));

        assertThatThrownBy(() -> tencent.awaitServiceCall("readInstant", true))
                .hasMessageContaining("has no syncServiceCall flow");
    }
}
