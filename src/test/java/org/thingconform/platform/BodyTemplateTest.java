package org.thingconform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.thingconform.trace.MessageTrace;

/**
 * Body templates put the call's parameters where the API wants them, keeping their JSON types: whole, as one
 * member, as a list of shaped items, or as a text body; a member the call lacks is left out, never sent as
 * null or as the placeholder's text.
 */
class BodyTemplateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<JsonNode> fill(String template, String params) {
        return BodyTemplate.fill(json(template), Map.of("endpoint", "dev-1"), params == null ? null : json(params));
    }

    @Test
    void aParamsMemberLeafKeepsItsJsonTypeAndOtherLeavesTakeVariables() {
        assertThat(fill("{'id': '{params.id}', 'value': '{params.value}', 'ep': '{endpoint}', 'fixed': 3}",
                "{'id': 15, 'value': 120.5, 'other': true}"))
                .contains(json("{'id': 15, 'value': 120.5, 'ep': 'dev-1', 'fixed': 3}"));
    }

    @Test
    void anAbsentMemberIsLeftOutOfObjectsAndLists() {
        assertThat(fill("{'id': '{params.id}', 'value': '{params.value}', 'list': ['{params.value}', 1]}",
                "{'id': 0}")).contains(json("{'id': 0, 'list': [1]}"));
        assertThat(fill("{'id': '{params.id}'}", null)).contains(json("{}"));
    }

    @Test
    void aForEachObjectBecomesAListOfFilledItems() {
        assertThat(fill("{'id': '{params.instanceId}', 'resources': {'{forEach}': '{params.nodes}', "
                        + "'{item}': {'id': '{item.id}', 'kind': 'singleResource', 'value': '{item.value}', "
                        + "'type': '{item.type}'}}}",
                "{'instanceId': 1, 'nodes': [{'id': 5700, 'value': 21.5, 'type': 'float'}, {'id': 5750, 'value': 'K'}]}"))
                .contains(json("{'id': 1, 'resources': [{'id': 5700, 'kind': 'singleResource', 'value': 21.5, "
                        + "'type': 'float'}, {'id': 5750, 'kind': 'singleResource', 'value': 'K'}]}"));
        assertThat(fill("{'id': 1, 'resources': {'{forEach}': '{params.nodes}', '{item}': '{item.id}'}}", "{}"))
                .contains(json("{'id': 1}"));
    }

    @Test
    void aForEachNamingNoListIsAClearError() {
        assertThatThrownBy(() -> fill("{'{forEach}': '{params.value}', '{item}': '{item.id}'}", "{'value': 3}"))
                .isInstanceOf(NorthboundException.class).hasMessageContaining("names no list");
    }

    @Test
    void theWholeParamsLeafStaysAsBefore() {
        assertThat(fill("'{params}'", "{'value': 1}")).contains(json("{'value': 1}"));
        assertThat(fill("{'p': '{params}'}", null)).contains(json("{'p': {}}"));
    }

    record Received(String contentType, String body) {
    }

    @Test
    void aTextBodyIsSentAsPlainTextAndAnAbsentOneSendsNothing() throws IOException {
        List<Received> received = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("Content-Type"),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                byte[] answer = "{\"success\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        });
        server.start();
        try {
            NorthboundOperation execute = new NorthboundOperation("POST", "/clients/{endpoint}/{path}",
                    json("'{params.args}'"), Map.of("ok", "$.success"), List.of());
            NorthboundClient client = new NorthboundClient(new NorthboundApi("http://127.0.0.1:"
                    + server.getAddress().getPort(), Optional.empty(), Map.of("execute", execute)),
                    new MessageTrace(), Duration.ofSeconds(5));

            client.call("execute", Map.of("endpoint", "dev", "path", "3/0/4"), JSON.createObjectNode().put("args", "0='now'"));
            client.call("execute", Map.of("endpoint", "dev", "path", "3/0/4"), json("{}"));

            assertThat(received).hasSize(2);
            assertThat(received.get(0).contentType()).startsWith("text/plain");
            assertThat(received.get(0).body()).isEqualTo("0='now'");
            assertThat(received.get(1).body()).isEmpty();
        } finally {
            server.stop(0);
        }
    }
}
