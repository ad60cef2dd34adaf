package org.thingconform.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.thingconform.trace.MessageTrace;

/**
 * REST Assured filter that writes every request and response to the test's trace, with
 * credentials masked: credential headers by name, every known secret value wherever it
 * appears (URL, headers, bodies), and the secret results of a response (an access token)
 * by their JsonPath.
 */
final class TraceFilter implements Filter {

    private static final Set<String> SENSITIVE = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie",
            "x-api-key");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Configuration JSON_PATH = NorthboundClient.JSON_PATH;

    private final MessageTrace trace;
    private final List<String> secretValues;
    private final List<String> secretPaths;

    TraceFilter(MessageTrace trace) {
        this(trace, List.of(), List.of());
    }

    /**
     * @param secretValues values to mask wherever they appear (read at each exchange, so
     *                     secrets learnt later are masked too)
     * @param secretPaths  JsonPaths of response values to mask
     */
    TraceFilter(MessageTrace trace, List<String> secretValues, List<String> secretPaths) {
        this.trace = trace;
        this.secretValues = secretValues;
        this.secretPaths = List.copyOf(secretPaths);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.getHeaders().forEach(h -> headers.put("header." + h.getName(), mask(h.getName(), h.getValue())));
        Object body = request.getBody();
        trace.sent("http", request.getMethod(), redact(request.getURI()), headers,
                body == null ? "" : redact(body.toString()));
        Response response = context.next(request, responseSpec);
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        responseHeaders.put("status", String.valueOf(response.getStatusCode()));
        response.getHeaders().forEach(h -> responseHeaders.put("header." + h.getName(), mask(h.getName(), h.getValue())));
        trace.received("http", "RESPONSE", redact(request.getURI()), responseHeaders,
                redact(maskPaths(response.asString())));
        return response;
    }

    private String maskPaths(String body) {
        if (secretPaths.isEmpty() || body.isBlank()) {
            return body;
        }
        try {
            JsonNode document = JSON.readTree(body);
            if (document == null || !document.isContainerNode()) {
                return body;
            }
            for (String path : secretPaths) {
                JsonNode found = JsonPath.using(JSON_PATH).parse(document).read(path);
                if (found != null && !found.isNull() && !found.isMissingNode()) {
                    JsonPath.using(JSON_PATH).parse(document).set(path, Secret.MASK);
                }
            }
            return JSON.writeValueAsString(document);
        } catch (Exception e) {
            return body;
        }
    }

    private String redact(String text) {
        String result = text;
        for (String secret : secretValues) {
            if (!secret.isEmpty()) {
                result = result.replace(secret, Secret.MASK);
            }
        }
        return result;
    }

    private String mask(String name, String value) {
        return SENSITIVE.contains(name.toLowerCase(Locale.ROOT)) ? Secret.MASK : redact(value);
    }
}
