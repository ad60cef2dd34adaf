package org.thingconform.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.thingconform.validate.DataSchemaCheck;

/**
 * The reference platform's W3C WoT Thing: a dimmable lamp served over HTTP (JDK HttpServer)
 * with a TD 1.1 at {@code /lamp}, its properties (GET reads, PUT writes, checked against their
 * data schemas: a wrong value gets 400), a {@code fade} action (POST) and an {@code overheat}
 * event on a long poll, which the lamp emits shortly after each subscription. Its properties
 * have CoAP forms too ({@link WotLampCoapServer}). The TD-related faults break the TD or this behaviour.
 */
final class WotLampServer implements AutoCloseable {

    static final String THING = "lamp";
    private static final String LOOPBACK = "127.0.0.1";
    private static final int MAX_BODY_BYTES = 1 << 16;
    private static final long EVENT_DELAY_MILLIS = 100;

    private final HttpServer server;
    private final ExecutorService executor;
    private final ScheduledExecutorService events;
    private final FaultSwitch faults;
    private final ObjectNode td;
    private final WotLamp lamp;
    private final WotLampCoapServer coap;

    private WotLampServer(HttpServer server, ExecutorService executor, ScheduledExecutorService events,
                          FaultSwitch faults, ObjectNode td, WotLamp lamp, WotLampCoapServer coap) {
        this.server = server;
        this.executor = executor;
        this.events = events;
        this.faults = faults;
        this.td = td;
        this.lamp = lamp;
        this.coap = coap;
    }

    static WotLampServer start(FaultSwitch faults) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(LOOPBACK), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the reference WoT Thing on " + LOOPBACK, e);
        }
        ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "reference-wot-lamp");
            thread.setDaemon(true);
            return thread;
        });
        ScheduledExecutorService events = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "reference-wot-events");
            thread.setDaemon(true);
            return thread;
        });
        ObjectNode td = template();
        td.put("base", "http://" + LOOPBACK + ":" + server.getAddress().getPort() + "/" + THING + "/");
        WotLamp lamp = new WotLamp(td, faults);
        WotLampCoapServer coap = WotLampCoapServer.start(lamp, THING);
        // each property also has a CoAP form: same Thing, same state
        td.path("properties").fields().forEachRemaining(e -> ((ArrayNode) e.getValue().get("forms")).addObject()
                .put("href", coap.baseUri() + "/" + THING + "/properties/" + e.getKey()));
        WotLampServer http = new WotLampServer(server, executor, events, faults, td, lamp, coap);
        server.createContext("/" + THING, http::handle);
        server.setExecutor(executor);
        server.start();
        return http;
    }

    /** The URL of the lamp's TD. */
    String tdUrl() {
        return "http://" + LOOPBACK + ":" + server.getAddress().getPort() + "/" + THING;
    }

    private static ObjectNode template() {
        try (InputStream in = WotLampServer.class.getResourceAsStream("/org/thingconform/reference/lamp.td.json")) {
            if (in == null) {
                throw new IllegalStateException("lamp.td.json is missing from the class path");
            }
            return (ObjectNode) Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lamp.td.json", e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String[] parts = path.substring(1).split("/");
            String method = exchange.getRequestMethod();
            if (parts.length == 1 && method.equals("GET")) {
                send(exchange, 200, "application/td+json", served().toString());
            } else if (parts.length == 3 && parts[1].equals("properties") && td.path("properties").has(parts[2])) {
                property(exchange, method, parts[2]);
            } else if (parts.length == 3 && parts[1].equals("actions") && parts[2].equals("fade") && method.equals("POST")) {
                fade(exchange);
            } else if (parts.length == 3 && parts[1].equals("events") && parts[2].equals("overheat")
                    && method.equals("GET")) {
                subscribe(exchange);
            } else {
                send(exchange, 404, "application/json", error("no such resource or method: " + method + " " + path));
            }
        } catch (IOException | RuntimeException e) {
            exchange.close();
            throw e;
        }
    }

    /** The TD as served: the template with the faults that break it applied. */
    private ObjectNode served() {
        ObjectNode served = td.deepCopy();
        if (faults.on(Fault.TD_MISSING_CONTEXT)) {
            served.remove("@context");
        }
        if (faults.on(Fault.TD_NO_TITLE)) {
            served.remove("title");
        }
        if (faults.on(Fault.TD_NO_SECURITY)) {
            served.remove("security");
        }
        if (faults.on(Fault.TD_NO_SECURITY_DEFINITIONS)) {
            served.remove("securityDefinitions");
        }
        if (faults.on(Fault.TD_SECURITY_UNDEFINED)) {
            served.put("security", "basic_sc");
        }
        if (faults.on(Fault.TD_PROPERTY_WRONG_OP)) {
            ((ObjectNode) served.path("properties").path("on").path("forms").get(0)).put("op", "invokeaction");
        }
        return served;
    }

    private void property(HttpExchange exchange, String method, String name) throws IOException {
        WotLamp.Answer answer;
        if (method.equals("GET")) {
            answer = lamp.read(name, faults.on(Fault.TD_WRONG_CONTENT_TYPE) ? "text/plain" : "application/json");
        } else {
            boolean writeMethod = faults.on(Fault.TD_WRONG_DEFAULT_METHOD) ? method.equals("POST") : method.equals("PUT");
            answer = writeMethod ? lamp.write(name, body(exchange))
                    : new WotLamp.Answer(405, "application/json", error(method + " is not allowed on property " + name));
        }
        send(exchange, answer.status(), answer.contentType(), answer.body());
    }

    private void fade(HttpExchange exchange) throws IOException {
        JsonNode schema = td.path("actions").path("fade");
        Optional<JsonNode> input = Json.parse(body(exchange));
        var violations = input.map(i -> DataSchemaCheck.violations(schema.get("input"), i))
                .orElse(java.util.List.of("the body is not JSON"));
        if (!violations.isEmpty()) {
            send(exchange, 400, "application/json", error("invalid input for fade: " + violations));
            return;
        }
        JsonNode to = input.get().get("to");
        lamp.set("brightness", to);
        ObjectNode output = Json.object();
        if (faults.on(Fault.TD_ACTION_INVALID_OUTPUT)) {
            output.put("brightness", "high");
        } else {
            output.set("brightness", to);
        }
        send(exchange, 200, "application/json", output.toString());
    }

    /** A long-poll subscription: answered with the next overheat event, which follows shortly. */
    private void subscribe(HttpExchange exchange) {
        if (faults.on(Fault.TD_EVENT_NEVER_SENT)) {
            return; // held open until the client gives up or the server stops
        }
        events.schedule(() -> {
            ObjectNode data = Json.object();
            data.put("celsius", 81.5);
            try {
                send(exchange, 200, "application/json", data.toString());
            } catch (IOException e) {
                exchange.close();
            }
        }, EVENT_DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readNBytes(MAX_BODY_BYTES);
        }
    }

    private static String error(String message) {
        ObjectNode error = Json.object();
        error.put("error", message);
        return error.toString();
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Gives the lamp its properties' values at start again (the platform's stored data is cleared). */
    void clearState() {
        lamp.reset();
    }

    @Override
    public void close() {
        coap.close();
        server.stop(0);
        events.shutdownNow();
        executor.shutdownNow();
    }
}
