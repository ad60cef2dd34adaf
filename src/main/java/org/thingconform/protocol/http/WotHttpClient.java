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
import org.thingconform.protocol.tls.TlsFailure;
import org.thingconform.protocol.tls.TlsObservation;
import org.thingconform.protocol.tls.TlsSettings;
import org.thingconform.trace.MessageTrace;

/**
 * The HTTP client of a WoT Thing: fetches Thing Descriptions and carries out operations on
 * HTTP forms (JDK HttpClient). Every request and response goes to the trace; a request to an
 * address rebased from the one the TD advertised carries that address as {@code rebasedFrom}.
 */
public final class WotHttpClient {

    private static final String PROTOCOL = "http";
    private final MessageTrace trace;
    private final Duration timeout;
    private final TlsSettings tls;
    private final TlsObservation observation = new TlsObservation();
    private final java.util.Map<String, HttpClient> secureClients = new java.util.HashMap<>();

    public WotHttpClient(MessageTrace trace, Duration timeout) {
        this(trace, timeout, TlsSettings.DEFAULT);
    }

    /** A client whose https requests use {@code tls} (the descriptor's settings). */
    public WotHttpClient(MessageTrace trace, Duration timeout, TlsSettings tls) {
        this.trace = trace;
        this.timeout = timeout;
        this.tls = tls;
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
            boolean secure = "https".equalsIgnoreCase(uri.getScheme());
            HttpResponse<String> response = client(uri, secure).send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse(null);
            Map<String, String> received = MessageTrace.attributes("status", String.valueOf(response.statusCode()),
                    "Content-Type", String.valueOf(type));
            HttpClients.session(response).ifPresent(session -> received.put("tls", session));
            trace.received(PROTOCOL, "HTTP " + response.statusCode(), uri.toString(), received, response.body());
            return new WotResponse(response.statusCode(), type, response.body());
        } catch (HttpTimeoutException e) {
            trace.received(PROTOCOL, "NO-RESPONSE", uri.toString(), Map.of(), "no answer within " + timeout.toMillis()
                    + " ms");
            return null;
        } catch (IOException e) {
            String why = "https".equalsIgnoreCase(uri.getScheme())
                    ? TlsFailure.of(e, uri.toString(), tls, observation).map(TlsFailure::reason).orElse(null) : null;
            throw new HttpTransportException(method + " " + uri + " failed: " + (why != null ? why : e.toString()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpTransportException(method + " " + uri + " interrupted", e);
        }
    }

    /**
     * The shared plain client, or this client's secured one for the URI's host and port (made on the
     * first https request there: its SNI name and host name check are that host's).
     */
    private synchronized HttpClient client(URI uri, boolean secure) {
        if (!secure) {
            return HttpClients.client(uri.toString(), null, observation);
        }
        return secureClients.computeIfAbsent(uri.getHost() + ":" + uri.getPort(),
                host -> HttpClients.client(uri.toString(), tls, observation));
    }
}
