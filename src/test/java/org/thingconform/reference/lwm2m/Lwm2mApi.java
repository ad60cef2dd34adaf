package org.thingconform.reference.lwm2m;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The tests' caller of the LwM2M server's northbound API, with its event stream reader. */
final class Lwm2mApi implements AutoCloseable {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;
    private Thread reader;
    private Stream<String> lines;

    /** One answer of the API. */
    record Answer(int status, JsonNode body) {
    }

    /** One event of the stream. */
    record Event(String type, JsonNode data) {
    }

    Lwm2mApi(String base, String token) {
        this.base = base;
        this.token = token;
    }

    Answer call(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(15))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), MAPPER.readTree(response.body()));
    }

    Answer get(String path) throws IOException, InterruptedException {
        return call("GET", path, null);
    }

    /** Opens the event stream (of one endpoint when it is not null); events go to the returned queue. */
    BlockingQueue<Event> events(String endpoint) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/events"
                        + (endpoint == null ? "" : "?endpoint=" + endpoint)))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new AssertionError("the event stream answered " + response.statusCode());
        }
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        lines = response.body();
        reader = new Thread(() -> {
            String[] type = {null};
            try {
                lines.forEach(line -> {
                    if (line.startsWith("event: ")) {
                        type[0] = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        try {
                            events.add(new Event(type[0], MAPPER.readTree(line.substring(6))));
                        } catch (IOException e) {
                            throw new IllegalStateException("event data is not JSON: " + line, e);
                        }
                    }
                });
            } catch (RuntimeException e) {
                // the stream closed
            }
        }, "test-lwm2m-events");
        reader.setDaemon(true);
        reader.start();
        return events;
    }

    /** The next event of {@code type} in {@code events}, waiting for it; null when none comes in time. */
    static Event next(BlockingQueue<Event> events, String type, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (true) {
            Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null || event.type().equals(type)) {
                return event;
            }
        }
    }

    @Override
    public void close() {
        if (lines != null) {
            lines.close();
        }
    }
}
