package org.thingconform.reference.lwm2m;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thingconform.platform.Endpoint;
import org.thingconform.platform.Secret;
import org.thingconform.profile.ProfileLoader;
import org.thingconform.protocol.lwm2m.Lwm2mClient;
import org.thingconform.protocol.lwm2m.Lwm2mModelFiles;
import org.thingconform.protocol.lwm2m.Lwm2mObjectTree;
import org.thingconform.protocol.lwm2m.Lwm2mRegistrationSettings;
import org.thingconform.protocol.lwm2m.Lwm2mServerAddress;
import org.thingconform.protocol.lwm2m.ServerRequest;
import org.thingconform.trace.MessageTrace;

/**
 * The reference server's queue mode: a request for a queue-mode client that has been silent for the awake time is
 * held until the client's next Update and then delivered; a client without Q, or the fault, gets it at once; a
 * request held past its timeout is reported as not delivered.
 */
class QueueModeTest {

    private static final Duration AWAKE = Duration.ofMillis(300);
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Path MODELS = Path.of("test-profiles/lwm2m/models");

    private final Set<Lwm2mFault> faults = EnumSet.noneOf(Lwm2mFault.class);
    private Lwm2mServerPart server;
    private Lwm2mApi api;
    private Lwm2mClient client;
    private String base;

    @AfterEach
    void stop() {
        if (server != null) {
            client.close();
            api.close();
            server.close();
        }
    }

    @Test
    void aReadForAnOfflineQueueModeClientIsHeldUntilItsUpdate() throws Exception {
        start(true);
        offline();

        CompletableFuture<Lwm2mApi.Answer> answer = read("");
        assertThat(client.inbox().await(r -> true, Duration.ofMillis(500))).as("nothing while offline").isEmpty();
        assertThat(answer).isNotDone();
        Instant updated = Instant.now();
        assertThat(client.update(OptionalLong.empty(), false, WAIT).code()).contains("2.04");

        ServerRequest read = client.inbox().await(r -> true, WAIT).orElseThrow();
        assertThat(read.is("GET", "/3/0/0")).isTrue();
        assertThat(read.time()).isAfterOrEqualTo(updated);
        Lwm2mApi.Answer done = answer.get(5, TimeUnit.SECONDS);
        assertThat(done.status()).as(done.body().toString()).isEqualTo(200);
        assertThat(done.body().get("value").asText()).isEqualTo("ACME");
    }

    @Test
    void anOnlineQueueModeClientAndAClientWithoutQueueModeGetTheRequestAtOnce() throws Exception {
        start(true);
        assertThat(read("").get(5, TimeUnit.SECONDS).status()).as("within the awake time after Register").isEqualTo(200);
        client.close();
        api.close();
        server.close();

        start(false);
        offline();
        assertThat(read("").get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
    }

    @Test
    void faultQueueModeIgnoredSendsToTheOfflineClientAtOnce() throws Exception {
        start(true);
        faults.add(Lwm2mFault.QUEUE_MODE_IGNORED);
        offline();

        assertThat(read("").get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(client.inbox().all()).extracting(ServerRequest::path).containsExactly("/3/0/0");
    }

    @Test
    void aRequestHeldPastItsTimeoutIsReportedNotDeliveredAndNeverSent() throws Exception {
        start(true);
        offline();

        Lwm2mApi.Answer answer = read("&timeoutMs=400").get(5, TimeUnit.SECONDS);

        assertThat(answer.status()).isEqualTo(504);
        assertThat(answer.body().get("error").asText()).contains("queue mode and offline");
        assertThat(client.update(OptionalLong.empty(), false, WAIT).code()).contains("2.04");
        assertThat(client.inbox().await(r -> true, Duration.ofMillis(500))).isEmpty();
    }

    @Test
    void theShippedProfilesAwakeTimeIsTheReferences() {
        var profile = ProfileLoader.load(Path.of("test-profiles/lwm2m/profile.yaml"));
        assertThat(profile.parameters().get("queueAwakeTime").asText())
                .isEqualTo(QueueMode.DEFAULT_AWAKE_TIME.toSeconds() + "s");
    }

    private void start(boolean queueMode) {
        String token = UUID.randomUUID().toString();
        server = Lwm2mServerPart.start(faults::contains, 0, 0, new Secret(token), Lwm2mServerPart.PROJECT_MODELS, AWAKE);
        api = new Lwm2mApi(server.apiBaseUrl(), token);
        Lwm2mObjectTree tree = Lwm2mModelFiles.tree(List.of(MODELS.resolve("3-1_1.xml"))).set("/3/0/0", "ACME");
        String endpoint = Lwm2mHarness.endpointName();
        Endpoint coap = server.coapEndpoint();
        client = new Lwm2mClient(Lwm2mServerAddress.plain(coap.host(), coap.port()),
                new Lwm2mRegistrationSettings(endpoint, 300, "U", "1.1", queueMode), tree, new MessageTrace());
        client.start();
        assertThat(client.register(WAIT).code()).contains("2.01");
        base = "/registrations/" + endpoint;
    }

    /** The client stays silent past the awake time: the condition under test is time passing. */
    private void offline() throws InterruptedException {
        Thread.sleep(AWAKE.toMillis() + 200);
    }

    private CompletableFuture<Lwm2mApi.Answer> read(String query) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return api.get(base + "/data/3/0/0?format=text" + query);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
