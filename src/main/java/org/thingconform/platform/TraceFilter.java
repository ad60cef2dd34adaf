package org.thingconform.platform;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.thingconform.trace.MessageTrace;

/**
 * REST Assured filter that writes every northbound request and response to the test's
 * trace, with credentials masked.
 */
final class TraceFilter implements Filter {

    private static final Set<String> SENSITIVE = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie",
            "x-api-key");

    private final MessageTrace trace;

    TraceFilter(MessageTrace trace) {
        this.trace = trace;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.getHeaders().forEach(h -> headers.put("header." + h.getName(), mask(h.getName(), h.getValue())));
        Object body = request.getBody();
        trace.sent("http", request.getMethod(), request.getURI(), headers, body == null ? "" : body.toString());
        Response response = context.next(request, responseSpec);
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        responseHeaders.put("status", String.valueOf(response.getStatusCode()));
        response.getHeaders().forEach(h -> responseHeaders.put("header." + h.getName(), mask(h.getName(), h.getValue())));
        trace.received("http", "RESPONSE", request.getURI(), responseHeaders, response.asString());
        return response;
    }

    private static String mask(String name, String value) {
        return SENSITIVE.contains(name.toLowerCase(Locale.ROOT)) ? Secret.MASK : value;
    }
}
