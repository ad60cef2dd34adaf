package org.thingconform.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.thingconform.protocol.tls.TlsContexts;
import org.thingconform.protocol.tls.TlsObservation;
import org.thingconform.trace.MessageTrace;

/**
 * An open event stream of an LwM2M server for one client endpoint: {@code GET} on the descriptor's
 * {@link Lwm2mEventStream} with the API's authentication, read on a thread of its own with the JDK's
 * {@link HttpClient} ({@code BodyHandlers.ofLines()}) and {@link SseParser}. Each event is mapped to a
 * {@link Lwm2mServerEvent} (kind, endpoint, path, value by the descriptor's JsonPaths), put in the trace
 * (protocol {@code sse}; the request's headers, which carry credentials, never are) and in the
 * {@link #log()}; an event whose data names another endpoint is left out (for a stream that is not
 * filtered by endpoint).
 */
public final class Lwm2mEventSubscription implements AutoCloseable {

    static final String PROTOCOL = "sse";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient PLAIN = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final Lwm2mEventStream stream;
    private final String endpoint;
    private final String address;
    private final MessageTrace trace;
    private final Lwm2mEventLog log = new Lwm2mEventLog();
    private volatile Stream<String> lines;
    private volatile Thread reader;
    private volatile boolean closed;

    private Lwm2mEventSubscription(Lwm2mEventStream stream, String endpoint, String address, MessageTrace trace) {
        this.stream = stream;
        this.endpoint = endpoint;
        this.address = address;
        this.trace = trace;
    }

    /**
     * Opens the stream of {@code endpoint}'s events and starts reading it.
     *
     * @param credentials the headers of the API's authentication
     * @param timeout     how long the server may take to answer the request
     * @throws NorthboundException when the server does not answer, or answers anything but a 200 event stream
     */
    public static Lwm2mEventSubscription open(NorthboundApi api, Map<String, String> credentials,
                                              Lwm2mEventStream stream, String endpoint, MessageTrace trace,
                                              Duration timeout) {
        Map<String, String> variables = Map.of("endpoint", endpoint);
        String query = query(stream.query(), variables);
        String address = api.baseUrl().replaceAll("/+$", "") + fill(stream.path(), variables)
                + (query.isEmpty() ? "" : "?" + query);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address)).GET().timeout(timeout);
        stream.headers().forEach((name, value) -> request.header(name, value.replace("{endpoint}", endpoint)));
        credentials.forEach(request::header);
        Lwm2mEventSubscription subscription = new Lwm2mEventSubscription(stream, endpoint, address, trace);
        trace.sent(PROTOCOL, "GET", address, MessageTrace.attributes("accept",
                stream.headers().getOrDefault("Accept", "")), "");
        HttpResponse<Stream<String>> response;
        try {
            response = client(api).send(request.build(), HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new NorthboundException("GET " + address + " (the event stream) got no answer: " + e.getMessage(),
                    true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NorthboundException("interrupted while opening the event stream " + address, false, e);
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        trace.received(PROTOCOL, "HTTP " + response.statusCode(), address, MessageTrace.attributes("contentType",
                contentType), "");
        if (response.statusCode() != 200 || !contentType.startsWith("text/event-stream")) {
            response.body().close();
            throw new NorthboundException("expected the event stream GET " + address + " to answer 200 with "
                    + "Content-Type text/event-stream; observed HTTP " + response.statusCode() + " "
                    + (contentType.isEmpty() ? "without a Content-Type" : contentType), true, null);
        }
        subscription.start(response.body());
        return subscription;
    }

    /** The events read so far, to await. */
    public Lwm2mEventLog log() {
        return log;
    }

    /** The URL of the stream. */
    public String address() {
        return address;
    }

    private void start(Stream<String> body) {
        lines = body;
        Thread thread = new Thread(this::read, "thingconform-lwm2m-events");
        thread.setDaemon(true);
        reader = thread;
        thread.start();
    }

    private void read() {
        SseParser parser = new SseParser();
        try {
            lines.forEach(line -> parser.line(line).ifPresent(this::event));
            log.end("the server closed the event stream " + address);
        } catch (UncheckedIOException | IllegalStateException e) {
            log.end(closed ? "the event stream was closed" : "the event stream " + address + " broke: " + e.getMessage());
        }
    }

    private void event(SseEvent sse) {
        JsonNode data = parse(sse.data());
        String kind = stream.kindOf(sse.type());
        String eventEndpoint = text(field(data, "endpoint"));
        if (eventEndpoint != null && !eventEndpoint.equals(endpoint)) {
            return;
        }
        Lwm2mServerEvent event = new Lwm2mServerEvent(kind, sse.type(), eventEndpoint, text(field(data, "path")),
                field(data, "value"), sse.data(), Instant.now());
        Map<String, String> attributes = new LinkedHashMap<>(MessageTrace.attributes("event", sse.type()));
        if (kind != null) {
            attributes.put("kind", kind);
        }
        trace.received(PROTOCOL, "event " + sse.type(), address, attributes, sse.data());
        log.add(event);
    }

    private JsonNode field(JsonNode data, String name) {
        if (data == null) {
            return null;
        }
        for (String path : stream.fields().getOrDefault(name, List.of())) {
            JsonNode found = JsonPath.using(NorthboundClient.JSON_PATH).parse(data).read(path);
            if (found != null && !found.isNull() && !found.isMissingNode()) {
                return found;
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node == null ? null : node.asText();
    }

    private static JsonNode parse(String data) {
        try {
            return JSON.readTree(data);
        } catch (IOException e) {
            return null;
        }
    }

    private static HttpClient client(NorthboundApi api) {
        if (api.tls() == null || !api.baseUrl().startsWith("https:")) {
            return PLAIN;
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .sslContext(TlsContexts.client(api.tls(), new TlsObservation())).build();
    }

    private static String fill(String template, Map<String, String> variables) {
        String result = template;
        for (Map.Entry<String, String> v : variables.entrySet()) {
            result = result.replace("{" + v.getKey() + "}", URLEncoder.encode(v.getValue(), StandardCharsets.UTF_8));
        }
        return result;
    }

    private static String query(Map<String, String> templates, Map<String, String> variables) {
        StringJoiner joined = new StringJoiner("&");
        templates.forEach((name, template) -> {
            String value = template;
            for (Map.Entry<String, String> v : variables.entrySet()) {
                value = value.replace("{" + v.getKey() + "}", v.getValue());
            }
            joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return joined.toString();
    }

    /** Stops reading and closes the connection. */
    @Override
    public void close() {
        closed = true;
        Stream<String> open = lines;
        if (open != null) {
            open.close();
        }
        Thread thread = reader;
        if (thread != null) {
            thread.interrupt();
        }
        log.end("the event stream was closed");
    }
}
