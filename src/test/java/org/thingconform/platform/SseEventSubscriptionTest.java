package org.thingconform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thingconform.trace.MessageTrace;

/**
 * An LwM2M server's event stream read through a descriptor: the request (path, query with the endpoint,
 * headers, the API's bearer token), events mapped by kind and JsonPaths, another endpoint's events left
 * out, every event traced without the token, and a stream that is not one refused with what was observed.
 */
class SseEventSubscriptionTest {

    private static final Lwm2mEventStream LESHAN_LIKE = new Lwm2mEventStream("/event", Map.of("ep", "{endpoint}"),
            Map.of("Accept", "text/event-stream"), Map.of("registration", "REGISTRATION", "notification",
            "NOTIFICATION"), Map.of("endpoint", List.of("$.ep", "$.endpoint"), "path", List.of("$.res"), "value",
            List.of("$.val.value")));

    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void eventsAreMappedTracedAndAwaitable() throws Exception {
        AtomicReference<String> request = new AtomicReference<>();
        String base = serve(200, "text/event-stream", exchange -> request.set(exchange.getRequestURI() + " "
                + exchange.getRequestHeaders().getFirst("Authorization") + " "
                + exchange.getRequestHeaders().getFirst("Accept")), """
                : hello

                event: REGISTRATION
                data: {"endpoint":"dev-1","registrationId":"r1"}

                event: COAPLOG
                data: {"ep":"dev-1","msg":"CON GET"}

                event: NOTIFICATION
                data: {"ep":"other","res":"/3/0/9","val":{"value":1}}

                event: NOTIFICATION
                data: {"ep":"dev-1","res":"/3/0/9",
                data: "val":{"id":9,"value":42}}

                """);
        MessageTrace trace = new MessageTrace();
        NorthboundApi api = new NorthboundApi(base, Optional.of(new Secret("s3cret")), Map.of());

        try (Lwm2mEventSubscription events = Lwm2mEventSubscription.open(api, Map.of("Authorization",
                "Bearer s3cret"), LESHAN_LIKE, "dev-1", trace, Duration.ofSeconds(5))) {
            Optional<Lwm2mServerEvent> notification = events.log().await(e -> "notification".equals(e.kind()),
                    Duration.ofSeconds(5));

            assertThat(request.get()).isEqualTo("/api/event?ep=dev-1 Bearer s3cret text/event-stream");
            assertThat(notification).isPresent();
            assertThat(notification.get().path()).isEqualTo("/3/0/9");
            assertThat(notification.get().value().asInt()).isEqualTo(42);
            assertThat(events.log().all()).extracting(Lwm2mServerEvent::type)
                    .containsExactly("REGISTRATION", "COAPLOG", "NOTIFICATION");
            assertThat(events.log().all().get(1).kind()).isNull();
            assertThat(trace.entries()).hasSize(5);
            assertThat(trace.entries().toString()).doesNotContain("s3cret").doesNotContain("other");
        }
    }

    @Test
    void aStreamThatIsNotAnEventStreamIsRefusedWithWhatWasObserved() throws Exception {
        String base = serve(405, "application/json", exchange -> { }, "{\"error\":\"no\"}");
        NorthboundApi api = new NorthboundApi(base, Optional.empty(), Map.of());

        assertThatThrownBy(() -> Lwm2mEventSubscription.open(api, Map.of(), LESHAN_LIKE, "dev-1", new MessageTrace(),
                Duration.ofSeconds(5))).isInstanceOf(NorthboundException.class)
                .hasMessageContaining("expected the event stream GET")
                .hasMessageContaining("observed HTTP 405 application/json");
    }

    @Test
    void aStreamTheServerEndsEndsTheWaits() throws Exception {
        release.countDown();
        String base = serve(200, "text/event-stream", exchange -> { }, "event: REGISTRATION\ndata: {}\n\n");
        NorthboundApi api = new NorthboundApi(base, Optional.empty(), Map.of());

        try (Lwm2mEventSubscription events = Lwm2mEventSubscription.open(api, Map.of(), LESHAN_LIKE, "dev-1",
                new MessageTrace(), Duration.ofSeconds(5))) {
            assertThat(events.log().await(e -> "notification".equals(e.kind()), Duration.ofSeconds(10))).isEmpty();
            assertThat(events.log().ended()).hasValueSatisfying(why -> assertThat(why).contains("closed"));
        }
    }

    private String serve(int status, String contentType, java.util.function.Consumer<com.sun.net.httpserver.HttpExchange>
            seen, String body) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/event", exchange -> {
            seen.accept(exchange);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
                out.flush();
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
    }
}
