package org.thingconform.reference;

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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thingconform.protocol.SignInRequest;

/**
 * The reference platform's HTTP device endpoint on a free loopback port: {@code POST /auth}
 * signs a device in ({@code {token}}, or 401); {@code POST /sys/{pk}/{dn}/thing/…} with the
 * token in {@code X-Device-Token} is an Alink uplink whose reply is the response body (401 without
 * a valid token, unless fault {@link Fault#HTTP_ACCEPT_WITHOUT_TOKEN}); {@code GET
 * /sys/{pk}/{dn}/thing/command[?waitMs=N]} is the device's (long) poll of its commands: 200 with
 * the oldest command, or 204 when none came within {@code waitMs}.
 */
final class HttpDeviceServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpDeviceServer.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final int MAX_BODY_BYTES = 1 << 20;
    private static final long MAX_WAIT_MILLIS = 300_000;

    private final HttpServer server;
    private final ExecutorService executor;
    private final TokenSignIn signIn;
    private final AlinkUplinkHandler uplink;
    private final CommandQueue commands;
    private final FaultSwitch faults;

    private HttpDeviceServer(HttpServer server, ExecutorService executor, TokenSignIn signIn,
                             AlinkUplinkHandler uplink, CommandQueue commands, FaultSwitch faults) {
        this.server = server;
        this.executor = executor;
        this.signIn = signIn;
        this.uplink = uplink;
        this.commands = commands;
        this.faults = faults;
    }

    static HttpDeviceServer start(TokenSignIn signIn, AlinkUplinkHandler uplink, CommandQueue commands,
                                  FaultSwitch faults) {
        return start(signIn, uplink, commands, faults, 0, null);
    }

    /** As {@link #start(TokenSignIn, AlinkUplinkHandler, CommandQueue, FaultSwitch)}, on loopback {@code port} (0: a free one), over HTTPS (client certificates wanted) when {@code tls} is given. */
    static HttpDeviceServer start(TokenSignIn signIn, AlinkUplinkHandler uplink, CommandQueue commands,
                                  FaultSwitch faults, int port, ReferenceTls tls) {
        HttpServer server = HttpServers.create(port, tls, "HTTP device");
        AtomicInteger threadNumber = new AtomicInteger();
        // long polls hold a thread each while they wait: an unbounded pool of daemon threads
        ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "thingconform-http-devices-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        HttpDeviceServer devices = new HttpDeviceServer(server, executor, signIn, uplink, commands, faults);
        server.createContext("/", devices::handle);
        server.setExecutor(executor);
        server.start();
        return devices;
    }

    /** {@code http://127.0.0.1:port}, or {@code https://localhost:port} when serving HTTPS. */
    String baseUrl() {
        return HttpServers.baseUrl(server);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/auth") && method.equals("POST")) {
                auth(exchange);
            } else if (path.startsWith("/sys/") && method.equals("POST")) {
                uplink(exchange, path);
            } else if (path.startsWith("/sys/") && method.equals("GET")) {
                poll(exchange, path);
            } else {
                send(exchange, 404, error("no device resource " + method + " " + path));
            }
        } catch (RuntimeException e) {
            LOG.warn("the HTTP device endpoint failed on {}", exchange.getRequestURI().getPath(), e);
        }
    }

    private void auth(HttpExchange exchange) throws IOException {
        TokenSignIn.Result result = signIn.signIn(body(exchange), DownlinkRouter.Route.HTTP, HttpServers.peer(exchange));
        if (result.accepted()) {
            send(exchange, 200, SignInRequest.answer(result.token()));
        } else {
            send(exchange, result.malformed() ? 400 : 401, error(result.reason()));
        }
    }

    private void uplink(HttpExchange exchange, String path) throws IOException {
        String token = exchange.getRequestHeaders().getFirst(TokenSignIn.HTTP_TOKEN_HEADER);
        Optional<DeviceKey> sender = signIn.authorize(token, path);
        if (sender.isEmpty() && faults.on(Fault.HTTP_ACCEPT_WITHOUT_TOKEN)) {
            sender = DownlinkRouter.device(path);
        }
        if (sender.isEmpty()) {
            send(exchange, 401, error("missing or wrong " + TokenSignIn.HTTP_TOKEN_HEADER + " for " + path));
            return;
        }
        AtomicReference<ObjectNode> reply = new AtomicReference<>();
        byte[] payload = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES);
        if (!uplink.handle(sender.get(), path, payload, (topic, message) -> reply.set(message))) {
            send(exchange, 404, error("no Alink uplink resource " + path));
        } else if (reply.get() == null) {
            exchange.sendResponseHeaders(204, -1);
        } else {
            send(exchange, 200, reply.get().toString());
        }
    }

    private void poll(HttpExchange exchange, String path) throws IOException {
        Optional<DeviceKey> device = DownlinkRouter.device(path)
                .filter(d -> path.equals(d.topicPrefix() + CoapThingResource.COMMAND));
        if (device.isEmpty()) {
            send(exchange, 404, error("no command resource " + path));
            return;
        }
        if (signIn.authorize(exchange.getRequestHeaders().getFirst(TokenSignIn.HTTP_TOKEN_HEADER), path).isEmpty()) {
            send(exchange, 401, error("missing or wrong " + TokenSignIn.HTTP_TOKEN_HEADER + " for " + path));
            return;
        }
        long wait = waitMillis(exchange.getRequestURI().getRawQuery());
        if (wait < 0) {
            send(exchange, 400, error("waitMs must be milliseconds between 0 and " + MAX_WAIT_MILLIS));
            return;
        }
        Optional<ObjectNode> command;
        try {
            command = commands.take(device.get(), wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            command = Optional.empty();
        }
        if (command.isPresent()) {
            send(exchange, 200, command.get().toString());
        } else {
            exchange.sendResponseHeaders(204, -1);
        }
    }

    /** {@code waitMs} of the query: 0 when absent, -1 when malformed or too long. */
    private static long waitMillis(String query) {
        if (query == null) {
            return 0;
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("waitMs=")) {
                String value = parameter.substring("waitMs=".length());
                if (!value.matches("\\d{1,9}") || Long.parseLong(value) > MAX_WAIT_MILLIS) {
                    return -1;
                }
                return Long.parseLong(value);
            }
        }
        return 0;
    }

    private static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
        }
    }

    private static String error(String message) {
        ObjectNode error = Json.object();
        error.put("error", message);
        return error.toString();
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
