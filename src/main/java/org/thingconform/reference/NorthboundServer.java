package org.thingconform.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thingconform.platform.Secret;

/**
 * The HTTP side of the northbound API: a JDK {@link HttpServer} on a free loopback port
 * with a bounded thread pool, bearer-token authentication, JSON in and out, and errors
 * as {@code {"error": "..."}} bodies. The API itself is {@link NorthboundRoutes}.
 */
final class NorthboundServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NorthboundServer.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final int MAX_BODY_BYTES = 1 << 20;
    private static final int THREADS = 16;

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final NorthboundRoutes routes;
    private final InterconnectionRoutes interconnection;
    private final byte[] expectedAuthorization;
    private final AtomicBoolean closed = new AtomicBoolean();

    private NorthboundServer(HttpServer server, ThreadPoolExecutor executor, NorthboundRoutes routes,
                             InterconnectionRoutes interconnection, Secret token) {
        this.server = server;
        this.executor = executor;
        this.routes = routes;
        this.interconnection = interconnection;
        this.expectedAuthorization = ("Bearer " + token.reveal()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Starts serving {@code routes} to callers that present {@code token}, and the
     * interconnection API under {@code /interconnect/}, which authenticates its callers itself.
     */
    static NorthboundServer start(NorthboundRoutes routes, InterconnectionRoutes interconnection, Secret token) {
        return start(routes, interconnection, token, 0, null);
    }

    /**
     * As {@link #start(NorthboundRoutes, InterconnectionRoutes, Secret)}, on loopback {@code port} (0: a free one),
     * over HTTPS when {@code tls} is given.
     */
    static NorthboundServer start(NorthboundRoutes routes, InterconnectionRoutes interconnection, Secret token,
                                  int port, ReferenceTls tls) {
        HttpServer server = HttpServers.create(port, tls, "northbound HTTP");
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(256), runnable -> {
                    Thread thread = new Thread(runnable, "thingconform-northbound-" + threadNumber.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        executor.allowCoreThreadTimeOut(true);
        NorthboundServer northbound = new NorthboundServer(server, executor, routes, interconnection, token);
        server.createContext("/", northbound::handle);
        server.setExecutor(executor);
        server.start();
        return northbound;
    }

    /** {@code http://127.0.0.1:port}, or {@code https://localhost:port} when serving HTTPS. */
    String baseUrl() {
        return HttpServers.baseUrl(server);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            ApiResponse response;
            try {
                response = answer(exchange);
            } catch (ApiException e) {
                response = error(e.status(), e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("northbound {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
                response = error(500, "internal error: " + e.getClass().getSimpleName());
            }
            if (response.status() == 401) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            }
            byte[] body = Json.bytes(response.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(response.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private ApiResponse answer(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        List<String> segments = segments(exchange.getRequestURI().getRawPath());
        if (!segments.isEmpty() && InterconnectionRoutes.ROOT.equals(segments.get(0))) {
            return interconnection.route(exchange.getRequestMethod(), segments,
                    query(exchange.getRequestURI().getRawQuery()), authorization,
                    exchange.getRequestHeaders().getFirst("Content-Type"), readBytes(exchange.getRequestBody()));
        }
        if (authorization == null || !MessageDigest.isEqual(expectedAuthorization,
                authorization.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "missing or wrong bearer token");
        }
        String method = exchange.getRequestMethod();
        JsonNode body = readBody(exchange.getRequestBody()).orElse(null);
        return routes.route(method, segments, query(exchange.getRequestURI().getRawQuery()), body);
    }

    private static Optional<JsonNode> readBody(InputStream in) throws IOException {
        byte[] bytes = readBytes(in);
        if (bytes.length == 0) {
            return Optional.empty();
        }
        return Optional.of(Json.parse(bytes).orElseThrow(() -> new ApiException(400, "the body is not JSON")));
    }

    private static byte[] readBytes(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ApiException(413, "the body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        return bytes;
    }

    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(decode(segment));
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
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }

    /** Percent-decodes a path segment; unlike a query, a path keeps '+' as it is. */
    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "malformed percent-encoding in the path");
        }
    }

    private static ApiResponse error(int status, String message) {
        ObjectNode body = Json.object();
        body.put("error", message);
        return new ApiResponse(status, body);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
