package org.thingconform.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.thingconform.trace.MessageTrace;

/**
 * Calls the northbound API of the platform under test through the descriptor's
 * declarative mapping: abstract operation → HTTP request (REST Assured) → values
 * extracted with JsonPath. Every exchange goes to the test's trace.
 */
public final class NorthboundClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Configuration JSON_PATH = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider(JSON))
            .mappingProvider(new JacksonMappingProvider(JSON))
            .options(Option.SUPPRESS_EXCEPTIONS)
            .build();

    private final NorthboundApi api;
    private final MessageTrace trace;
    private final RestAssuredConfig config;

    public NorthboundClient(NorthboundApi api, MessageTrace trace, Duration timeout) {
        this.api = api;
        this.trace = trace;
        int millis = (int) timeout.toMillis();
        this.config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", millis)
                .setParam("http.socket.timeout", millis));
    }

    /**
     * Performs {@code operation} with the path variables and JSON parameters given.
     *
     * @throws NorthboundException when the descriptor lacks the operation, the platform does
     *                             not answer, or answers a success that is not JSON
     */
    public NorthboundResponse call(String operation, Map<String, String> variables, JsonNode params) {
        NorthboundOperation op = api.operations().get(operation);
        if (op == null) {
            throw new NorthboundException("the platform descriptor maps no northbound operation '" + operation
                    + "'; it maps " + api.operations().keySet().stream().sorted().toList(), false, null);
        }
        String url = api.baseUrl().replaceAll("/+$", "") + fill(op.path(), variables);
        RequestSpecification request = RestAssured.given().config(config).urlEncodingEnabled(false)
                .filter(new TraceFilter(trace)).accept(ContentType.JSON);
        api.bearerToken().ifPresent(token -> request.header("Authorization", "Bearer " + token.reveal()));
        if (op.body() != null && !op.body().isNull()) {
            request.contentType(ContentType.JSON).body(write(body(op.body(), variables, params)));
        }
        Response response;
        try {
            response = request.request(op.method(), url);
        } catch (RuntimeException e) {
            throw new NorthboundException(op.method() + " " + url + " got no answer: " + rootMessage(e), true, e);
        }
        int status = response.getStatusCode();
        boolean success = op.expectStatus().isEmpty() ? status >= 200 && status < 300 : op.expectStatus().contains(status);
        String body = response.asString();
        Map<String, JsonNode> extracted = new LinkedHashMap<>();
        if (success && !op.extract().isEmpty()) {
            JsonNode document = parse(body, op.method() + " " + url);
            op.extract().forEach((name, path) -> {
                JsonNode found = JsonPath.using(JSON_PATH).parse(document).read(path);
                extracted.put(name, found == null || found.isNull() ? null : found);
            });
        }
        return new NorthboundResponse(status, body, extracted, success);
    }

    private static JsonNode parse(String body, String what) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null) {
                throw new NorthboundException(what + " answered an empty body where JSON was expected", true, null);
            }
            return node;
        } catch (JsonProcessingException e) {
            String quoted = body.length() > 200 ? body.substring(0, 200) + "…" : body;
            throw new NorthboundException(what + " answered a body that is not JSON: '" + quoted + "'", true, e);
        }
    }

    /** Replaces {@code {name}} placeholders of a path, URL-encoding each value. */
    private static String fill(String template, Map<String, String> variables) {
        String result = template;
        for (Map.Entry<String, String> v : variables.entrySet()) {
            result = result.replace("{" + v.getKey() + "}", URLEncoder.encode(v.getValue(), StandardCharsets.UTF_8));
        }
        return result;
    }

    private static JsonNode body(JsonNode template, Map<String, String> variables, JsonNode params) {
        if (template.isTextual()) {
            String text = template.asText();
            if (text.equals("{params}")) {
                return params == null ? JSON.createObjectNode() : params;
            }
            String filled = text;
            for (Map.Entry<String, String> v : variables.entrySet()) {
                filled = filled.replace("{" + v.getKey() + "}", v.getValue());
            }
            return JSON.getNodeFactory().textNode(filled);
        }
        if (template.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            template.fields().forEachRemaining(e -> copy.set(e.getKey(), body(e.getValue(), variables, params)));
            return copy;
        }
        return template;
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
