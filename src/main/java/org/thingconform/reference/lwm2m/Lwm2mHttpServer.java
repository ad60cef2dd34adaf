package org.thingconform.reference.lwm2m;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thingconform.platform.Secret;

/**
 * The HTTP side of the LwM2M server's northbound API: a JDK {@link HttpServer} on loopback with a
 * bearer token, JSON in and out, errors as {@code {"ok":false,"error":...,"code":...}}, and the event
 * stream {@code GET /lwm2m/v1/events} as Server-Sent Events. The API itself is {@link Lwm2mRoutes}.
 */
final class Lwm2mHttpServer implements AutoCloseable {

    static final String BASE = "/lwm2m/v1";
    private static final Logger LOG = LoggerFactory.getLogger(Lwm2mHttpServer.class);
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final int MAX_BODY_BYTES = 1 << 20;
    private static final int MAX_THREADS = 64;
    private static final long KEEP_ALIVE_MILLIS = 15_000;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Lwm2mRoutes routes;
    private final EventHub events;
    private final byte[] expectedAuthorization;

    private Lwm2mHttpServer(HttpServer server, ExecutorService executor, Lwm2mRoutes routes, EventHub events,
                            Secret token) {
        this.server = server;
        this.executor = executor;
        this.routes = routes;
        this.events = events;
        this.expectedAuthorization = ("Bearer " + token.reveal()).getBytes(StandardCharsets.UTF_8);
    }

    /** Serves {@code routes} and {@code events} on loopback {@code port} (0: a free one) to holders of {@code token}. */
    static Lwm2mHttpServer start(Lwm2mRoutes routes, EventHub events, Secret token, int port) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the LwM2M northbound HTTP port " + (port == 0 ? "" : port + " ")
                    + "on " + InetAddress.getLoopbackAddress().getHostAddress() + ": " + e.getMessage(), e);
        }
        AtomicInteger number = new AtomicInteger();
        // event streams hold a thread each: a pool that grows to a bound, not a fixed one
        ThreadPoolExecutor executor = new ThreadPoolExecutor(0, MAX_THREADS, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "thingconform-lwm2m-http-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        Lwm2mHttpServer http = new Lwm2mHttpServer(server, executor, routes, events, token);
        server.createContext("/", http::handle);
        server.setExecutor(executor);
        server.start();
        return http;
    }

    /** {@code http://127.0.0.1:port/lwm2m/v1}. */
    String apiBaseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + BASE;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            int status;
            JsonNode body;
            try {
                String path = exchange.getRequestURI().getRawPath();
                if (!path.equals(BASE) && !path.startsWith(BASE + "/")) {
                    throw new ApiError(404, "the LwM2M API is under " + BASE);
                }
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                if (authorization == null || !MessageDigest.isEqual(expectedAuthorization,
                        authorization.getBytes(StandardCharsets.UTF_8))) {
                    exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                    throw new ApiError(401, "missing or wrong bearer token");
                }
                List<String> segments = segments(path.substring(BASE.length()));
                Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
                if (segments.equals(List.of("events"))) {
                    if (!exchange.getRequestMethod().equals("GET")) {
                        throw new ApiError(405, "the event stream is read with GET");
                    }
                    stream(exchange, query.get("endpoint"));
                    return;
                }
                body = routes.route(exchange.getRequestMethod(), segments, query, readBody(exchange));
                status = 200;
            } catch (ApiError e) {
                status = e.status();
                ObjectNode error = JsonNodeFactory.instance.objectNode();
                error.put("ok", false);
                error.put("error", e.getMessage());
                error.put("code", e.coapCode());
                body = error;
            } catch (RuntimeException e) {
                LOG.warn("LwM2M northbound {} {} failed", exchange.getRequestMethod(),
                        exchange.getRequestURI().getPath(), e);
                status = 500;
                ObjectNode error = JsonNodeFactory.instance.objectNode();
                error.put("ok", false);
                error.put("error", "internal error: " + e.getClass().getSimpleName());
                body = error;
            }
            byte[] bytes = MAPPER.writeValueAsBytes(body);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Writes events as SSE until the caller goes away or the server closes; a comment line keeps it alive. */
    private void stream(HttpExchange exchange, String endpoint) throws IOException {
        try (EventHub.Subscription subscription = events.subscribe(endpoint)) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(": stream open\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (subscription.open()) {
                Optional<Lwm2mEvent> event = subscription.next(KEEP_ALIVE_MILLIS);
                String text = event.map(e -> "event: " + e.type() + "\ndata: " + write(e.json()) + "\n\n")
                        .orElse(": keep-alive\n\n");
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            LOG.debug("event stream closed by its reader: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String write(JsonNode json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readBody(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ApiError(413, "the body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        if (bytes.length == 0) {
            return null;
        }
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new ApiError(400, "the body is not one JSON value");
        }
    }

    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/")) {
            if (!segment.isEmpty()) {
                try {
                    segments.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    throw new ApiError(400, "malformed percent-encoding in the path");
                }
            }
        }
        return segments;
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            try {
                query.putIfAbsent(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new ApiError(400, "malformed percent-encoding in the query");
            }
        }
        return query;
    }

    @Override
    public void close() {
        events.close();
        server.stop(0);
        executor.shutdownNow();
    }
}
