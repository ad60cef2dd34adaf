package org.thingconform.reference.lwm2m;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.platform.Endpoint;
import org.thingconform.platform.Secret;
import org.thingconform.protocol.lwm2m.CompositePaths;
import org.thingconform.protocol.lwm2m.Lwm2mClient;
import org.thingconform.protocol.lwm2m.Lwm2mModelFiles;
import org.thingconform.protocol.lwm2m.Lwm2mObjectTree;
import org.thingconform.protocol.lwm2m.Lwm2mRegistrationSettings;
import org.thingconform.protocol.lwm2m.Lwm2mServerAddress;
import org.thingconform.protocol.lwm2m.ServerRequest;
import org.thingconform.trace.MessageTrace;

/**
 * The reference server's composite operations against the suite's own simulated client: a Read-Composite is one
 * FETCH listing the paths and reports every value, a Write-Composite one iPATCH that the client applies; and the
 * two faults that break them (several GETs; a resource left out).
 */
class CompositeOperationsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Path MODELS = Path.of("test-profiles/lwm2m/models");

    private final Set<Lwm2mFault> faults = EnumSet.noneOf(Lwm2mFault.class);
    private Lwm2mServerPart server;
    private Lwm2mApi api;
    private Lwm2mClient client;
    private String base;

    @BeforeEach
    void registered() {
        String token = UUID.randomUUID().toString();
        server = Lwm2mServerPart.start(faults::contains, 0, 0, new Secret(token));
        api = new Lwm2mApi(server.apiBaseUrl(), token);
        Lwm2mObjectTree tree = Lwm2mModelFiles.tree(List.of(MODELS.resolve("1-1_1.xml"), MODELS.resolve("3-1_1.xml")))
                .set("/1/0/0", 1).set("/1/0/1", 300).set("/3/0/14", "+01:00");
        String endpoint = Lwm2mHarness.endpointName();
        Endpoint coap = server.coapEndpoint();
        client = new Lwm2mClient(Lwm2mServerAddress.plain(coap.host(), coap.port()),
                Lwm2mRegistrationSettings.of(endpoint, 300), tree, new MessageTrace());
        client.start();
        assertThat(client.register(WAIT).code()).contains("2.01");
        base = "/registrations/" + endpoint;
    }

    @AfterEach
    void stop() {
        client.close();
        api.close();
        server.close();
    }

    @ParameterizedTest
    @CsvSource({"senml-json,110", "senml-cbor,112"})
    void readCompositeIsOneFetchListingThePathsAndReportsEveryValue(String format, int accept) throws Exception {
        Lwm2mApi.Answer answer = api.get(base + "/composite?paths=/3/0/14,/1/0/1&format=" + format);

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body().get("code").asText()).isEqualTo("2.05");
        assertThat(answer.body().get("values").get("/3/0/14").asText()).isEqualTo("+01:00");
        assertThat(answer.body().get("values").get("/1/0/1").asLong()).isEqualTo(300);
        ServerRequest fetch = client.inbox().await(r -> true, WAIT).orElseThrow();
        assertThat(fetch.method()).isEqualTo("FETCH");
        assertThat(fetch.path()).isEqualTo("/");
        assertThat(fetch.contentFormat()).hasValue(110);
        assertThat(fetch.accept()).hasValue(accept);
        assertThat(CompositePaths.of(fetch)).contains(List.of("/3/0/14", "/1/0/1"));
        assertThat(client.inbox().all()).hasSize(1);
    }

    @Test
    void writeCompositeIsOneIpatchTheClientApplies() throws Exception {
        Lwm2mApi.Answer answer = api.call("PUT", base + "/composite?format=senml-cbor",
                "{\"values\":{\"/3/0/14\":\"+02:00\",\"/1/0/1\":120}}");

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body().get("code").asText()).isEqualTo("2.04");
        ServerRequest patch = client.inbox().await(r -> true, WAIT).orElseThrow();
        assertThat(patch.method()).isEqualTo("IPATCH");
        assertThat(patch.contentFormat()).hasValue(112);
        assertThat(client.tree().value("/3/0/14")).contains("+02:00");
        assertThat(client.tree().value("/1/0/1")).contains(120L);
    }

    @Test
    void aCompositeReadOfNoCompositeFormatOrNoPathsIsRefusedBeforeAnythingIsSent() throws Exception {
        assertThat(api.get(base + "/composite?paths=/3/0/14&format=tlv").status()).isEqualTo(400);
        assertThat(api.get(base + "/composite?format=senml-json").status()).isEqualTo(400);
        assertThat(api.get(base + "/composite?paths=/0/0/0").status()).isEqualTo(403);
        assertThat(client.inbox().all()).isEmpty();
    }

    @Test
    void faultCompositeReadAsGetsSendsOneReadPerPath() throws Exception {
        faults.add(Lwm2mFault.COMPOSITE_READ_AS_GETS);

        Lwm2mApi.Answer answer = api.get(base + "/composite?paths=/3/0/14,/1/0/1&format=senml-json");

        assertThat(answer.body().get("values").get("/1/0/1").asLong()).isEqualTo(300);
        assertThat(client.inbox().all()).extracting(ServerRequest::method, ServerRequest::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GET", "/3/0/14"),
                        org.assertj.core.groups.Tuple.tuple("GET", "/1/0/1"));
    }

    @Test
    void faultCompositeWriteDropsResourceLeavesTheLastOneOut() throws Exception {
        faults.add(Lwm2mFault.COMPOSITE_WRITE_DROPS_RESOURCE);

        Lwm2mApi.Answer answer = api.call("PUT", base + "/composite",
                "{\"values\":{\"/3/0/14\":\"+02:00\",\"/1/0/1\":120}}");

        assertThat(answer.body().get("code").asText()).isEqualTo("2.04");
        assertThat(client.tree().value("/3/0/14")).contains("+02:00");
        assertThat(client.tree().value("/1/0/1")).contains(300L);
    }
}
