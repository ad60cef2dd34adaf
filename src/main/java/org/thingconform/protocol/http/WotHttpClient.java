package org.thingconform.protocol.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.thingconform.protocol.WotResponse;
import org.thingconform.trace.MessageTrace;

/**
 * The HTTP client of a WoT Thing: fetches Thing Descriptions and carries out operations on
 * HTTP forms (JDK HttpClient). Every request and response goes to the trace; a request to an
 * address rebased from the one the TD advertised carries that address as {@code rebasedFrom}.
 */
public final class WotHttpClient {

    private static final String PROTOCOL = "http";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private final MessageTrace trace;
    private final Duration timeout;

    public WotHttpClient(MessageTrace trace, Duration timeout) {
        this.trace = trace;
        this.timeout = timeout;
    }

    /**
     * Sends {@code method} to {@code uri} with {@code body} (null for none) of {@code contentType}.
     *
     * @param advertised the address the TD advertised, when {@code uri} was rebased from it; else null
     * @return the answer, or null when none came within the timeout
     * @throws HttpTransportException when the Thing cannot be reached
     */
    public WotResponse send(String method, URI uri, String contentType, String body, URI advertised) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            builder.header("Content-Type", contentType);
        }
        builder.header("Accept", contentType == null ? "application/json" : contentType);
        Map<String, String> attributes = MessageTrace.attributes("method", method, "url", uri.toString());
        if (advertised != null) {
            attributes.put("rebasedFrom", advertised.toString());
        }
        trace.sent(PROTOCOL, method, uri.toString(), attributes, body == null ? "" : body);
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse(null);
            trace.received(PROTOCOL, "HTTP " + response.statusCode(), uri.toString(), MessageTrace.attributes(
                    "status", String.valueOf(response.statusCode()), "Content-Type", String.valueOf(type)),
                    response.body());
            return new WotResponse(response.statusCode(), type, response.body());
        } catch (HttpTimeoutException e) {
            trace.received(PROTOCOL, "NO-RESPONSE", uri.toString(), Map.of(), "no answer within " + timeout.toMillis()
                    + " ms");
            return null;
        } catch (IOException e) {
            throw new HttpTransportException(method + " " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpTransportException(method + " " + uri + " interrupted", e);
        }
    }
}
