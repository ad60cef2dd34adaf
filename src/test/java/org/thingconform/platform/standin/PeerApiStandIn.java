package org.thingconform.platform.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A peer API shaped unlike the reference platform's interconnection API, for the test that
 * proves the descriptor's mapping is data: other paths, other field names, a JSON token
 * request, offset/count paging instead of a cursor, and its own device ids. It translates each
 * call onto the reference platform's interconnection API, so devices, MQTT and control stay
 * real; the caller's Authorization header is passed through unchanged.
 * <pre>
 * POST /api/peer/session                       {grantType, ttlSeconds?} + HTTP basic → {session: {token, validFor}}
 * GET  /api/peer/things?offset=O&amp;count=C      → {things: [{thingId, product, name, modelRef}], total}
 * GET  /api/peer/models/{modelRef}/{format}    → {document}  (format tsl-json or wot-tm)
 * POST /api/peer/things/{thingId}/property-writes   {values}  → 202 {writeId}
 * POST /api/peer/things/{thingId}/actions/{name}    {input}   → 202 {actionId}
 * GET  /api/peer/actions/{actionId}?wait=MS    → {state, resultCode, result}
 * GET  /api/peer/things/{thingId}/state        → {thing, readings: [{name, val, ts}]}
 * GET  /api/peer/things/{thingId}/samples/{name}?since=MS&amp;until=MS → {thing, samples: [{v, at}]}
 * POST /api/peer/watches  {thing, notifyUrl, signingKey}  → 201 {watchId}
 * DELETE /api/peer/watches/{watchId}           → 200 {watchId, ended}
 * </pre>
 * Errors are {@code {problem}} with the reference platform's status. A watch subscribes the
 * stand-in's own relay ({@code POST /relay/{watchId}}) at the reference platform; each push the
 * relay receives is re-shaped to {@code {thing, signal?, data, at}} (the stand-in's thing id),
 * re-signed with HMAC-SHA256 under {@code X-Standin-Signature: hmac-sha256=<hex>} with the watch's
 * signing key, and POSTed to the watcher's {@code notifyUrl}; the watcher's status goes back to
 * the reference platform, so its retries work end to end. Once a watch ends nothing is relayed.
 */
public final class PeerApiStandIn implements AutoCloseable {

    /** The stand-in's prefix of a thing id; the rest is the reference platform's device id. */
    static final String THING_PREFIX = "thing:";
    private static final String ROOT = "/api/peer";
    private static final String RELAY = "/relay/";
    /** The header and prefix of the stand-in's push signature. */
    static final String SIGNATURE_HEADER = "X-Standin-Signature";
    static final String SIGNATURE_PREFIX = "hmac-sha256=";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final String reference;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> served = new CopyOnWriteArrayList<>();
    private final Map<String, Watch> watches = new ConcurrentHashMap<>();

    private PeerApiStandIn(HttpServer server, ExecutorService executor, String reference) {
        this.server = server;
        this.executor = executor;
        this.reference = reference;
    }

    /** Starts the stand-in on a free loopback port, translating onto the interconnection API at {@code referenceBaseUrl}. */
    public static PeerApiStandIn start(String referenceBaseUrl) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 32);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "peer-api-stand-in");
            thread.setDaemon(true);
            return thread;
        });
        PeerApiStandIn standIn = new PeerApiStandIn(server, executor, referenceBaseUrl.replaceAll("/+$", ""));
        server.createContext(ROOT, standIn::handle);
        server.createContext(RELAY, standIn::relay);
        server.setExecutor(executor);
        server.start();
        return standIn;
    }

    /** The stand-in API's base URL, {@code http://127.0.0.1:port/api/peer}. */
    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + ROOT;
    }

    /** Every request served so far, as {@code METHOD path?query} (the path decoded). */
    public List<String> served() {
        return List.copyOf(served);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            URI uri = exchange.getRequestURI();
            served.add(method + " " + uri.getPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            List<String> path = List.of(uri.getPath().substring(ROOT.length()).replaceAll("^/+", "").split("/"));
            Map<String, String> query = query(uri.getRawQuery());
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            JsonNode body = readBody(exchange);
            Answer answer;
            if (method.equals("POST") && path.equals(List.of("session"))) {
                answer = session(authorization, body);
            } else if (method.equals("GET") && path.equals(List.of("things"))) {
                answer = things(authorization, query);
            } else if (method.equals("GET") && path.size() == 3 && path.get(0).equals("models")) {
                answer = model(authorization, path.get(1), path.get(2));
            } else if (method.equals("POST") && path.size() == 3 && path.get(0).equals("things")
                    && path.get(2).equals("property-writes")) {
                answer = propertyWrite(authorization, path.get(1), body);
            } else if (method.equals("POST") && path.size() == 4 && path.get(0).equals("things")
                    && path.get(2).equals("actions")) {
                answer = action(authorization, path.get(1), path.get(3), body);
            } else if (method.equals("GET") && path.size() == 2 && path.get(0).equals("actions")) {
                answer = actionState(authorization, path.get(1), query.getOrDefault("wait", "0"));
            } else if (method.equals("GET") && path.size() == 3 && path.get(0).equals("things")
                    && path.get(2).equals("state")) {
                answer = state(authorization, path.get(1));
            } else if (method.equals("GET") && path.size() == 4 && path.get(0).equals("things")
                    && path.get(2).equals("samples")) {
                answer = samples(authorization, path.get(1), path.get(3), query);
            } else if (method.equals("POST") && path.equals(List.of("watches"))) {
                answer = watch(authorization, body);
            } else if (method.equals("DELETE") && path.size() == 2 && path.get(0).equals("watches")) {
                answer = unwatch(authorization, path.get(1));
            } else {
                answer = problem(404, "no such resource: " + method + " " + uri.getPath());
            }
            byte[] bytes = JSON.writeValueAsBytes(answer.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = ("{\"problem\":\"stand-in failed: " + e.getClass().getSimpleName() + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(502, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private Answer session(String authorization, JsonNode body) throws IOException, InterruptedException {
        if (body == null || !"client_credentials".equals(body.path("grantType").asText())) {
            return problem(400, "expected {grantType: client_credentials}");
        }
        StringBuilder form = new StringBuilder("grant_type=client_credentials");
        if (body.hasNonNull("ttlSeconds")) {
            form.append("&expires_in=").append(URLEncoder.encode(body.get("ttlSeconds").asText(), StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(reference + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        Answer token = send(request, authorization);
        if (token.status() != 200) {
            return token;
        }
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode session = answer.putObject("session");
        session.set("token", token.body().get("access_token"));
        session.set("validFor", token.body().get("expires_in"));
        return new Answer(200, answer);
    }

    /** Offset/count paging over the reference's cursor paging: walks its pages of {@code count} devices. */
    private Answer things(String authorization, Map<String, String> query) throws IOException, InterruptedException {
        int offset;
        int count;
        try {
            offset = Integer.parseInt(query.getOrDefault("offset", "0"));
            count = Integer.parseInt(query.getOrDefault("count", "10"));
        } catch (NumberFormatException e) {
            return problem(400, "offset and count must be numbers");
        }
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            String url = reference + "/devices?limit=" + count
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            Answer page = send(HttpRequest.newBuilder(URI.create(url)).GET(), authorization);
            if (page.status() != 200) {
                return page;
            }
            page.body().path("devices").forEach(all::add);
            cursor = page.body().hasNonNull("nextCursor") ? page.body().get("nextCursor").asText() : null;
        } while (cursor != null);
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode things = answer.putArray("things");
        for (JsonNode device : all.subList(Math.min(offset, all.size()), Math.min(offset + count, all.size()))) {
            ObjectNode thing = things.addObject();
            thing.put("thingId", THING_PREFIX + device.path("deviceId").asText());
            thing.set("product", device.get("productKey"));
            thing.set("name", device.get("deviceName"));
            thing.set("modelRef", device.path("thingModel").get("id"));
        }
        answer.put("total", all.size());
        return new Answer(200, answer);
    }

    private Answer model(String authorization, String modelRef, String format) throws IOException, InterruptedException {
        Answer model = send(HttpRequest.newBuilder(URI.create(reference + "/thing-models/" + encode(modelRef)
                + "?format=" + encode(format))).GET(), authorization);
        if (model.status() != 200) {
            return model;
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.set("document", model.body().get("model"));
        return new Answer(200, answer);
    }

    private Answer propertyWrite(String authorization, String thingId, JsonNode body)
            throws IOException, InterruptedException {
        ObjectNode params = JSON.createObjectNode();
        params.set("params", body == null ? JSON.createObjectNode() : body.path("values"));
        Answer set = send(json(reference + "/devices/" + encode(deviceId(thingId)) + "/properties", params, "PUT"),
                authorization);
        if (set.status() / 100 != 2) {
            return set;
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.set("writeId", set.body().get("requestId"));
        return new Answer(202, answer);
    }

    private Answer action(String authorization, String thingId, String name, JsonNode body)
            throws IOException, InterruptedException {
        ObjectNode params = JSON.createObjectNode();
        params.set("params", body == null ? JSON.createObjectNode() : body.path("input"));
        Answer invoked = send(json(reference + "/devices/" + encode(deviceId(thingId)) + "/services/" + encode(name),
                params, "POST"), authorization);
        if (invoked.status() / 100 != 2) {
            return invoked;
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.set("actionId", invoked.body().get("invocationId"));
        return new Answer(202, answer);
    }

    private Answer actionState(String authorization, String actionId, String wait)
            throws IOException, InterruptedException {
        Answer state = send(HttpRequest.newBuilder(URI.create(reference + "/invocations/" + encode(actionId)
                + "?waitMs=" + encode(wait))).GET(), authorization);
        if (state.status() != 200) {
            return state;
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.set("state", state.body().get("status"));
        answer.set("resultCode", state.body().get("code"));
        answer.set("result", state.body().get("output"));
        return new Answer(200, answer);
    }

    private Answer state(String authorization, String thingId) throws IOException, InterruptedException {
        Answer current = send(HttpRequest.newBuilder(URI.create(reference + "/devices/" + encode(deviceId(thingId))
                + "/properties")).GET(), authorization);
        if (current.status() != 200) {
            return current;
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.put("thing", THING_PREFIX + current.body().path("deviceId").asText());
        ArrayNode readings = answer.putArray("readings");
        for (JsonNode property : current.body().path("properties")) {
            ObjectNode reading = readings.addObject();
            reading.set("name", property.get("identifier"));
            reading.set("val", property.get("value"));
            reading.set("ts", property.get("time"));
        }
        return new Answer(200, answer);
    }

    private Answer samples(String authorization, String thingId, String name, Map<String, String> query)
            throws IOException, InterruptedException {
        Answer history = send(HttpRequest.newBuilder(URI.create(reference + "/devices/" + encode(deviceId(thingId))
                + "/properties/" + encode(name) + "/history?from=" + encode(query.getOrDefault("since", ""))
                + "&to=" + encode(query.getOrDefault("until", "")))).GET(), authorization);
        if (history.status() != 200) {
            return history;
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.put("thing", THING_PREFIX + history.body().path("deviceId").asText());
        ArrayNode samples = answer.putArray("samples");
        for (JsonNode point : history.body().path("points")) {
            samples.addObject().<ObjectNode>set("v", point.get("value")).set("at", point.get("time"));
        }
        return new Answer(200, answer);
    }

    /** Subscribes the stand-in's relay at the reference platform; the watcher's URL and key stay here. */
    private Answer watch(String authorization, JsonNode body) throws IOException, InterruptedException {
        if (body == null || !body.path("thing").isTextual() || !body.path("notifyUrl").isTextual()) {
            return problem(400, "expected {thing, notifyUrl, signingKey?}");
        }
        String watchId = "w" + Long.toHexString(System.nanoTime());
        ObjectNode subscription = JSON.createObjectNode();
        subscription.put("deviceId", deviceId(body.get("thing").asText()));
        subscription.put("callbackUrl", "http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + RELAY + watchId);
        watches.put(watchId, new Watch(URI.create(body.get("notifyUrl").asText()),
                body.path("signingKey").isTextual() ? body.get("signingKey").asText() : null, null));
        Answer subscribed = send(json(reference + "/subscriptions", subscription, "POST"), authorization);
        if (subscribed.status() / 100 != 2) {
            watches.remove(watchId);
            return subscribed;
        }
        watches.computeIfPresent(watchId, (id, w) -> new Watch(w.notifyUrl(), w.signingKey(),
                subscribed.body().path("subscriptionId").asText()));
        ObjectNode answer = JSON.createObjectNode();
        answer.put("watchId", watchId);
        return new Answer(201, answer);
    }

    private Answer unwatch(String authorization, String watchId) throws IOException, InterruptedException {
        Watch watch = watches.remove(watchId);
        if (watch == null) {
            return problem(404, "no such watch: " + watchId);
        }
        Answer cancelled = send(HttpRequest.newBuilder(URI.create(reference + "/subscriptions/"
                + encode(watch.subscriptionId()))).DELETE(), authorization);
        if (cancelled.status() / 100 != 2) {
            return cancelled;
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.put("watchId", watchId);
        answer.put("ended", true);
        return new Answer(200, answer);
    }

    /** A push from the reference platform: re-shaped, re-signed and relayed; the watcher's status goes back. */
    private void relay(HttpExchange exchange) throws IOException {
        try (exchange) {
            String watchId = exchange.getRequestURI().getPath().substring(RELAY.length());
            byte[] pushed = exchange.getRequestBody().readAllBytes();
            served.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            Watch watch = watches.get(watchId);
            if (watch == null || watch.subscriptionId() == null) {
                exchange.sendResponseHeaders(watch == null ? 410 : 503, -1);
                return;
            }
            JsonNode push = JSON.readTree(pushed);
            ObjectNode shaped = JSON.createObjectNode();
            shaped.put("thing", THING_PREFIX + push.path("deviceId").asText());
            if (push.hasNonNull("event")) {
                shaped.set("signal", push.get("event"));
            }
            shaped.set("data", push.get("values"));
            shaped.set("at", push.get("time"));
            byte[] body = JSON.writeValueAsBytes(shaped);
            HttpRequest.Builder request = HttpRequest.newBuilder(watch.notifyUrl()).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (watch.signingKey() != null) {
                request.header(SIGNATURE_HEADER, SIGNATURE_PREFIX + hmac(watch.signingKey(), body));
            }
            int status;
            try {
                status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                status = 502;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = 503;
            }
            exchange.sendResponseHeaders(status, -1);
        }
    }

    private static String hmac(String key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reference platform's device id behind a stand-in thing id (ids without the prefix stay as they are). */
    private static String deviceId(String thingId) {
        return thingId.startsWith(THING_PREFIX) ? thingId.substring(THING_PREFIX.length()) : thingId;
    }

    private static HttpRequest.Builder json(String url, JsonNode body, String method) throws IOException {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
    }

    private Answer send(HttpRequest.Builder request, String authorization) throws IOException, InterruptedException {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<byte[]> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        JsonNode body = response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
        if (response.statusCode() / 100 != 2) {
            return problem(response.statusCode(), body.path("error").asText("refused"));
        }
        return new Answer(response.statusCode(), body);
    }

    private static JsonNode readBody(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        if (bytes.length == 0) {
            return null;
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Answer problem(int status, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("problem", message);
        return new Answer(status, body);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** A watcher's callback, its signing key (or null), and the reference platform's subscription behind it. */
    private record Watch(URI notifyUrl, String signingKey, String subscriptionId) {
    }

    /** A status and a JSON body. */
    private record Answer(int status, JsonNode body) {
    }
}
