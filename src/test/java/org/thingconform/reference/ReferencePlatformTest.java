package org.thingconform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.platform.DeviceRole;
import org.thingconform.platform.EmbeddedPlatformProvider;
import org.thingconform.platform.NorthboundOperation;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.protocol.AlinkCredentials;
import org.thingconform.thingmodel.ThingModel;
import org.thingconform.thingmodel.TslImporter;

/** The reference platform end to end: a real broker, a Paho device, the northbound API over HTTP. */
class ReferencePlatformTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 10;

    private static ReferencePlatform platform;
    private static PlatformDescriptor descriptor;
    private static DeviceIdentity meter;
    private static DeviceIdentity otherMeter;
    private static HttpClient http;

    @BeforeAll
    static void startPlatform() {
        ThingModel model = TslImporter.importFile(Path.of("test-profiles/tsl-alink-mqtt/smart-meter.tsl.json"));
        EmbeddedPlatformProvider provider = java.util.ServiceLoader.load(EmbeddedPlatformProvider.class)
                .findFirst().orElseThrow();
        long started = System.nanoTime();
        platform = (ReferencePlatform) provider.start(
                List.of(new DeviceRole("meter", model), new DeviceRole("otherMeter", model)), Set.of());
        System.out.printf("reference platform started in %d ms (HiveMQ %d ms)%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), platform.brokerStartMillis());
        descriptor = platform.descriptor();
        meter = descriptor.devices().get("meter");
        otherMeter = descriptor.devices().get("otherMeter");
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(TIMEOUT_SECONDS)).build();
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            long stopping = System.nanoTime();
            platform.close();
            platform.close();
            System.out.printf("reference platform stopped in %d ms%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping));
        }
    }

    @AfterEach
    void switchFaultsOff() {
        platform.setFaults(Set.of());
    }

    @Test
    void descriptorNamesThePlatformItsDevicesAndTheNorthboundOperations() {
        assertThat(descriptor.name()).isEqualTo("ThingConform reference platform");
        assertThat(descriptor.mqtt().host()).isEqualTo("127.0.0.1");
        assertThat(meter.productKey()).isEqualTo("tcSmartMeter1");
        assertThat(meter.deviceName()).startsWith("meter-").isNotEqualTo(otherMeter.deviceName());
        assertThat(meter.deviceSecret().reveal()).matches("[0-9a-f]{32}");
        assertThat(descriptor.northbound().operations())
                .containsOnlyKeys("readProperties", "setProperties", "listEvents", "invokeService", "serviceResult",
                        "invokeSyncService");
        assertThat(descriptor.ics()).containsOnly(java.util.Map.entry("CLIENT_DOLLAR_TOPICS", false),
                java.util.Map.entry("SHARED_SUBSCRIPTIONS", true), java.util.Map.entry("SENML_CBOR", true),
                java.util.Map.entry("COMPOSITE", true), java.util.Map.entry("QUEUE_MODE", true),
                java.util.Map.entry("BOOTSTRAP", false));
        assertThat(descriptor.mqttAccount().username()).isEqualTo("thingconform-broker");
        assertThat(descriptor.toString()).doesNotContain(meter.deviceSecret().reveal())
                .doesNotContain(descriptor.northbound().bearerToken().orElseThrow().reveal());
    }

    @Test
    void propertyPostIsAcknowledgedWithItsIdAndReadableThroughTheNorthboundApi() throws Exception {
        try (Device device = Device.connect(meter)) {
            JsonNode reply = device.request("thing/event/property/post", """
                    {"id": "42", "version": "1.0", "method": "thing.event.property.post",
                     "params": {"voltage": 220.5, "reportInterval": {"value": 60, "time": 1700000000000}}}""");
            assertThat(reply.path("id").asText()).isEqualTo("42");
            assertThat(reply.path("code").asInt()).isEqualTo(200);
        }
        JsonNode values = extract("readProperties", meter, Map.of(), null, "values");
        assertThat(values.path("voltage").asDouble()).isEqualTo(220.5);
        assertThat(values.path("reportInterval").asInt()).isEqualTo(60);
    }

    @Test
    void invalidPostsAreRefusedWithAlinkCodesAndStoreNothing() throws Exception {
        try (Device device = Device.connect(meter)) {
            JsonNode outOfRange = device.request("thing/event/property/post", """
                    {"id": "7", "version": "1.0", "method": "thing.event.property.post",
                     "params": {"meterLabel": "stored-if-broken", "voltage": 500.0}}""");
            assertThat(outOfRange.path("code").asInt()).isEqualTo(6306);
            assertThat(outOfRange.path("message").asText()).contains("voltage").contains("above max 480");
            assertThat(device.request("thing/event/property/post", """
                    {"id": "8", "method": "thing.event.property.post", "params": {"voltage": 230}}""")
                    .path("code").asInt()).isEqualTo(6306);
            assertThat(device.request("thing/event/property/post", """
                    {"id": "9", "method": "thing.event.property.post", "params": {"current": 1.0}}""")
                    .path("code").asInt()).isEqualTo(6306);
            assertThat(device.request("thing/event/property/post", "not json").path("code").asInt()).isEqualTo(6207);
            assertThat(device.request("thing/event/property/post", """
                    {"method": "thing.event.property.post", "params": {"voltage": 230.0}}""")
                    .path("code").asInt()).isEqualTo(460);
            assertThat(device.request("thing/event/property/post", """
                    {"id": "10", "params": {"voltage": 230.0}}""").path("code").asInt()).isEqualTo(460);
        }
        JsonNode values = extract("readProperties", meter, Map.of(), null, "values");
        assertThat(values.path("meterLabel").isMissingNode()).isTrue();
    }

    @Test
    void eventsAreStoredAndListed() throws Exception {
        try (Device device = Device.connect(meter)) {
            JsonNode reply = device.request("thing/event/overVoltage/post", """
                    {"id": "11", "version": "1.0", "method": "thing.event.overVoltage.post",
                     "params": {"value": {"peakVoltage": 251.5, "durationMs": 1200}, "time": 1700000000000}}""");
            assertThat(reply.path("code").asInt()).isEqualTo(200);
            assertThat(device.request("thing/event/overVoltage/post", """
                    {"id": "12", "method": "thing.event.overVoltage.post",
                     "params": {"value": {"peakVoltage": 1251.5}}}""").path("code").asInt()).isEqualTo(6306);
        }
        JsonNode events = extract("listEvents", meter, Map.of("identifier", "overVoltage"), null, "events");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).path("peakVoltage").asDouble()).isEqualTo(251.5);
    }

    @Test
    void clearStateForgetsStoredValuesAndEventsButKeepsTheDevices() throws Exception {
        try (Device device = Device.connect(otherMeter)) {
            assertThat(device.request("thing/event/property/post", """
                    {"id": "21", "method": "thing.event.property.post", "params": {"voltage": 221.0}}""")
                    .path("code").asInt()).isEqualTo(200);
            assertThat(device.request("thing/event/overVoltage/post", """
                    {"id": "22", "method": "thing.event.overVoltage.post",
                     "params": {"value": {"peakVoltage": 260.0, "durationMs": 10}}}""").path("code").asInt())
                    .isEqualTo(200);
        }
        assertThat(extract("readProperties", otherMeter, Map.of(), null, "values").path("voltage").asDouble())
                .isEqualTo(221.0);

        platform.clearState();

        assertThat(extract("readProperties", otherMeter, Map.of(), null, "values").path("voltage").isMissingNode())
                .isTrue();
        assertThat(extract("listEvents", otherMeter, Map.of("identifier", "overVoltage"), null, "events")).isEmpty();
        try (Device device = Device.connect(otherMeter)) {
            assertThat(device.request("thing/event/property/post", """
                    {"id": "23", "method": "thing.event.property.post", "params": {"voltage": 222.0}}""")
                    .path("code").asInt()).isEqualTo(200);
        }
    }

    @Test
    void clearStateGivesTheWotLampItsValuesAtStartAgain() throws Exception {
        URI on = URI.create(platform.descriptor().wot().things().get("lamp") + "/properties/on");
        HttpResponse<String> write = http.send(HttpRequest.newBuilder(on).PUT(HttpRequest.BodyPublishers.ofString("false"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).isEqualTo(204);
        assertThat(http.send(HttpRequest.newBuilder(on).build(), HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("false");

        platform.clearState();

        assertThat(http.send(HttpRequest.newBuilder(on).build(), HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("true");
    }

    @Test
    void propertySetAndServiceInvocationReachTheDeviceAndItsAnswersComeBack() throws Exception {
        try (Device device = Device.connect(meter)) {
            CompletableFuture<JsonNode> set = device.expect("thing/service/property/set");
            CompletableFuture<JsonNode> call = device.expect("thing/service/readHistory");

            JsonNode accepted = call("setProperties", meter, Map.of(), JSON.readTree("{\"reportInterval\": 300}"), 202);
            JsonNode setRequest = set.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(setRequest.path("id").asText()).isEqualTo(accepted.path("requestId").asText());
            assertThat(setRequest.path("method").asText()).isEqualTo("thing.service.property.set");
            assertThat(setRequest.path("params")).isEqualTo(JSON.readTree("{\"reportInterval\": 300}"));
            device.publish("thing/service/property/set_reply",
                    "{\"id\": \"" + setRequest.path("id").asText() + "\", \"code\": 200, \"data\": {}}");
            assertThat(extract("readProperties", meter, Map.of(), null, "values").path("reportInterval").asInt())
                    .isEqualTo(300);

            String invocationId = extract("invokeService", meter, Map.of("identifier", "readHistory"),
                    JSON.readTree("{\"days\": 7}"), "invocationId").asText();
            JsonNode serviceRequest = call.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(serviceRequest.path("method").asText()).isEqualTo("thing.service.readHistory");
            assertThat(serviceRequest.path("params").path("days").asInt()).isEqualTo(7);
            JsonNode before = get("/api/v1/invocations/" + invocationId + "?waitMs=0");
            assertThat(before.path("status").asText()).isEqualTo("pending");
            assertThat(before.path("output").isNull()).isTrue();

            CompletableFuture<HttpResponse<String>> longPoll = http.sendAsync(
                    authorized("/api/v1/invocations/" + invocationId + "?waitMs=10000").build(),
                    HttpResponse.BodyHandlers.ofString());
            device.publish("thing/service/readHistory_reply", "{\"id\": \"" + serviceRequest.path("id").asText()
                    + "\", \"code\": 200, \"data\": {\"energyKwh\": 12.5, \"samples\": 168}}");
            JsonNode polled = JSON.readTree(longPoll.get(TIMEOUT_SECONDS, TimeUnit.SECONDS).body());
            assertThat(polled.path("status").asText()).isEqualTo("completed");

            JsonNode result = call("serviceResult", meter, Map.of("invocationId", invocationId), null, 200);
            assertThat(JsonPath.<String>read(result.toString(), "$.status")).isEqualTo("completed");
            assertThat(result.path("code").asInt()).isEqualTo(200);
            assertThat(result.path("output").path("samples").asInt()).isEqualTo(168);
        }
    }

    @Test
    void northboundRefusesBadTokensUnknownThingsAndInvalidInput() throws Exception {
        HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(
                        URI.create(descriptor.northbound().baseUrl() + propertiesPath(meter))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(call("readProperties", new DeviceIdentity("tcSmartMeter1", "nobody", meter.deviceSecret()),
                Map.of(), null, 404).path("error").asText()).contains("unknown device");
        assertThat(call("setProperties", meter, Map.of(), JSON.readTree("{\"voltage\": 1.0}"), 400)
                .path("error").asText()).contains("read-only");
        assertThat(call("setProperties", meter, Map.of(), JSON.readTree("{\"reportInterval\": 5}"), 400)
                .path("error").asText()).contains("below min 10");
        call("invokeService", meter, Map.of("identifier", "selfDestruct"), JSON.readTree("{}"), 404);
        call("invokeService", meter, Map.of("identifier", "readHistory"), JSON.readTree("{\"days\": 91}"), 400);
    }

    @Test
    void onlyValidSignaturesOfRegisteredDevicesMayConnect() {
        assertThatThrownBy(() -> Device.connect(meter, "0".repeat(32)).close())
                .isInstanceOfSatisfying(MqttException.class, e -> assertThat(e.getReasonCode())
                        .isEqualTo(MqttException.REASON_CODE_FAILED_AUTHENTICATION));
        DeviceIdentity unknown = new DeviceIdentity(meter.productKey(), "stranger", meter.deviceSecret());
        assertThatThrownBy(() -> Device.connect(unknown).close())
                .isInstanceOfSatisfying(MqttException.class, e -> assertThat(e.getReasonCode())
                        .isEqualTo(MqttException.REASON_CODE_NOT_AUTHORIZED));
    }

    @Test
    void aDeviceCannotPublishForAnotherDevice() throws Exception {
        try (Device device = Device.connect(meter)) {
            assertThatThrownBy(() -> device.client.publish("/sys/" + otherMeter.productKey() + "/"
                    + otherMeter.deviceName() + "/thing/event/property/post", message("""
                    {"id": "13", "method": "thing.event.property.post", "params": {"voltage": 111.5}}""")))
                    .isInstanceOf(MqttException.class);
        }
        assertThat(extract("readProperties", otherMeter, Map.of(), null, "values").path("voltage").asDouble())
                .isNotEqualTo(111.5);
    }

    @Test
    void faultsChangeBehaviourWhileThePlatformRuns() throws Exception {
        platform.setFaults(Set.of("ack-without-store", "wrong-reply-id"));
        assertThat(platform.activeFaults()).containsExactly("ack-without-store", "wrong-reply-id");
        try (Device device = Device.connect(otherMeter)) {
            JsonNode reply = device.request("thing/event/property/post", """
                    {"id": "100", "method": "thing.event.property.post", "params": {"energyTotal": 5.25}}""");
            assertThat(reply.path("code").asInt()).isEqualTo(200);
            assertThat(reply.path("id").asText()).isNotEqualTo("100");
            assertThat(extract("readProperties", otherMeter, Map.of(), null, "values").has("energyTotal")).isFalse();

            platform.setFaults(Set.of("reject-valid-credentials"));
            assertThatThrownBy(() -> Device.connect(otherMeter).close()).isInstanceOf(MqttException.class);

            platform.setFaults(Set.of("accept-any-credentials"));
            Device.connect(otherMeter, "f".repeat(32)).close();
        }
        assertThatThrownBy(() -> platform.setFaults(Set.of("no-such-fault")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-fault").hasMessageContaining("drop-events");
        assertThatThrownBy(() -> new ReferencePlatformProvider().start(List.of(), Set.of("typo")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reject-valid-credentials");
        assertThat(new ReferencePlatformProvider().faults()).hasSize(Fault.values().length)
                .anySatisfy(f -> assertThat(f.clauses()).contains("TM-5.5.1"));
    }

    @Test
    void dataFaultsAlterWhatIsStoredAndForwarded() throws Exception {
        try (Device device = Device.connect(otherMeter)) {
            platform.setFaults(Set.of("accept-out-of-range"));
            assertThat(device.request("thing/event/property/post", """
                    {"id": "200", "method": "thing.event.property.post", "params": {"voltage": 999.5}}""")
                    .path("code").asInt()).isEqualTo(200);
            assertThat(device.request("thing/event/property/post", """
                    {"id": "201", "method": "thing.event.property.post", "params": {"voltage": 999}}""")
                    .path("code").asInt()).isEqualTo(6306);
            assertThat(extract("readProperties", otherMeter, Map.of(), null, "values").path("voltage").asDouble())
                    .isEqualTo(999.5);

            platform.setFaults(Set.of("drop-events"));
            assertThat(device.request("thing/event/overVoltage/post", """
                    {"id": "202", "method": "thing.event.overVoltage.post",
                     "params": {"value": {"peakVoltage": 300.5, "durationMs": 10}}}""").path("code").asInt())
                    .isEqualTo(200);
            assertThat(extract("listEvents", otherMeter, Map.of("identifier", "overVoltage"), null, "events")).isEmpty();

            platform.setFaults(Set.of("set-wrong-params", "lose-service-output"));
            CompletableFuture<JsonNode> set = device.expect("thing/service/property/set");
            call("setProperties", otherMeter, Map.of(), JSON.readTree("{\"reportInterval\": 300, \"tariffMode\": 1}"), 202);
            JsonNode params = set.get(TIMEOUT_SECONDS, TimeUnit.SECONDS).path("params");
            assertThat(params.path("reportInterval").asInt()).isNotEqualTo(300);
            assertThat(params.path("tariffMode").asInt()).isEqualTo(1);

            CompletableFuture<JsonNode> call = device.expect("thing/service/readHistory");
            String invocationId = extract("invokeService", otherMeter, Map.of("identifier", "readHistory"),
                    JSON.readTree("{\"days\": 1}"), "invocationId").asText();
            device.publish("thing/service/readHistory_reply", "{\"id\": \""
                    + call.get(TIMEOUT_SECONDS, TimeUnit.SECONDS).path("id").asText()
                    + "\", \"code\": 200, \"data\": {\"energyKwh\": 1.5, \"samples\": 24}}");
            JsonNode result = call("serviceResult", otherMeter, Map.of("invocationId", invocationId), null, 200);
            assertThat(result.path("status").asText()).isEqualTo("completed");
            assertThat(result.path("output")).isEqualTo(JSON.readTree("{}"));
        }
    }

    // ---- northbound helpers: requests built from the descriptor's own operation mapping ----

    private static String propertiesPath(DeviceIdentity device) {
        return "/api/v1/things/" + device.productKey() + "/" + device.deviceName() + "/properties";
    }

    private static HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(descriptor.northbound().baseUrl() + path))
                .timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                .header("Authorization", "Bearer " + descriptor.northbound().bearerToken().orElseThrow().reveal());
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(authorized(path).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode extract(String operation, DeviceIdentity device, Map<String, String> placeholders,
                                    JsonNode params, String result) throws Exception {
        JsonNode body = call(operation, device, placeholders, params, -1);
        Object value = JsonPath.read(body.toString(),
                descriptor.northbound().operations().get(operation).extract().get(result));
        return JSON.valueToTree(value);
    }

    private static JsonNode call(String operation, DeviceIdentity device, Map<String, String> placeholders,
                                 JsonNode params, int expectedStatus) throws Exception {
        NorthboundOperation op = descriptor.northbound().operations().get(operation);
        String path = op.path().replace("{productKey}", device.productKey())
                .replace("{deviceName}", device.deviceName());
        for (Map.Entry<String, String> p : placeholders.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", p.getValue());
        }
        String body = op.body() == null ? null : op.body().toString().replace("\"{params}\"", params.toString());
        HttpRequest request = authorized(path)
                .header("Content-Type", "application/json")
                .method(op.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (expectedStatus < 0) {
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        }
        return JSON.readTree(response.body());
    }

    private static MqttMessage message(String payload) {
        MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
        message.setQos(1);
        return message;
    }

    /** A Paho device signed in with Alink credentials. */
    private static final class Device implements AutoCloseable {

        private final MqttClient client;
        private final String prefix;

        private Device(MqttClient client, DeviceIdentity identity) {
            this.client = client;
            this.prefix = "/sys/" + identity.productKey() + "/" + identity.deviceName() + "/";
        }

        static Device connect(DeviceIdentity identity) throws MqttException {
            return connect(identity, identity.deviceSecret().reveal());
        }

        static Device connect(DeviceIdentity identity, String secret) throws MqttException {
            AlinkCredentials credentials = AlinkCredentials.sign(identity.productKey(), identity.deviceName(), secret,
                    System.currentTimeMillis());
            MqttClient client = new MqttClient(descriptor.mqtt().tcpUri(), credentials.clientId(), new MemoryPersistence());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
            options.setCleanSession(true);
            options.setConnectionTimeout((int) TIMEOUT_SECONDS);
            options.setUserName(credentials.username());
            options.setPassword(credentials.password().toCharArray());
            try {
                client.connect(options);
            } catch (MqttException e) {
                client.close(true);
                throw e;
            }
            return new Device(client, identity);
        }

        /** Subscribes to {@code suffix} and returns the first message that arrives there. */
        CompletableFuture<JsonNode> expect(String suffix) throws MqttException {
            CompletableFuture<JsonNode> first = new CompletableFuture<>();
            client.subscribe(prefix + suffix, 1, (topic, message) -> first.complete(JSON.readTree(message.getPayload())));
            return first;
        }

        /** Publishes a request on {@code suffix} and waits for the reply on {@code suffix_reply}. */
        JsonNode request(String suffix, String payload) throws Exception {
            CompletableFuture<JsonNode> reply = expect(suffix + "_reply");
            publish(suffix, payload);
            try {
                return reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } finally {
                client.unsubscribe(prefix + suffix + "_reply");
            }
        }

        void publish(String suffix, String payload) throws MqttException {
            client.publish(prefix + suffix, message(payload));
        }

        @Override
        public void close() throws MqttException {
            try {
                if (client.isConnected()) {
                    client.disconnect(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
                }
            } finally {
                client.close(true);
            }
        }
    }
}
