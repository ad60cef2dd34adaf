package org.thingconform.reference.lwm2m;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.californium.core.coap.CoAP.Code;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.coap.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeviceManagementTest {

    private Lwm2mHarness h;
    private String ep;
    private String base;

    @BeforeEach
    void start() {
        h = new Lwm2mHarness();
        ep = Lwm2mHarness.endpointName();
        h.register(ep, 300);
        base = "/registrations/" + ep;
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @ParameterizedTest
    @CsvSource({"text,0", "tlv,11542", "senml-json,110", "senml-cbor,112"})
    void readsAResourceInTheRequestedFormat(String format, int accept) throws Exception {
        Lwm2mApi.Answer answer = h.api.get(base + "/data/3/0/0?format=" + format);

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body().get("ok").asBoolean()).isTrue();
        assertThat(answer.body().get("code").asText()).isEqualTo("2.05");
        assertThat(answer.body().get("value").asText()).isEqualTo("ThingConform");
        Request read = h.client.nextRequest(r -> TestLwm2mClient.path(r).equals("/3/0/0"));
        assertThat(read.getCode()).isEqualTo(Code.GET);
        assertThat(read.getOptions().getAccept()).isEqualTo(accept);
    }

    @Test
    void readsAnInstanceAsItsResources() throws Exception {
        Lwm2mApi.Answer answer = h.api.get(base + "/data/3/0?format=tlv");

        assertThat(answer.body().get("resources").get("0").asText()).isEqualTo("ThingConform");
        assertThat(answer.body().get("resources").get("9").asLong()).isEqualTo(87);
    }

    @Test
    void aClientErrorIsReportedAsAFailureWithItsCode() throws Exception {
        Lwm2mApi.Answer answer = h.api.get(base + "/data/3/0/4");

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.body().get("ok").asBoolean()).isFalse();
        assertThat(answer.body().get("code").asText()).isEqualTo("4.05");
        assertThat(answer.body().get("error").asText()).contains("4.05");
        assertThat(h.api.get(base + "/data/3/0/99").body().get("code").asText()).isEqualTo("4.04");
    }

    @Test
    void writeReplacesWithPutAndUpdatesWithPost() throws Exception {
        Lwm2mApi.Answer replaced = h.api.call("PUT", base + "/data/3/0/14?mode=replace", "{\"value\":\"+02:00\"}");
        Lwm2mApi.Answer updated = h.api.call("PUT", base + "/data/3/0?mode=update",
                "{\"resources\":{\"15\":\"Asia/Tokyo\"}}");

        assertThat(replaced.body().get("code").asText()).isEqualTo("2.04");
        assertThat(updated.body().get("code").asText()).isEqualTo("2.04");
        assertThat(h.client.nextRequest(r -> TestLwm2mClient.path(r).equals("/3/0/14")).getCode()).isEqualTo(Code.PUT);
        assertThat(h.client.nextRequest(r -> TestLwm2mClient.path(r).equals("/3/0")).getCode()).isEqualTo(Code.POST);
        assertThat(h.client.value(3, 0, 14)).isEqualTo("+02:00");
        assertThat(h.client.value(3, 0, 15)).isEqualTo("Asia/Tokyo");
        assertThat(h.api.get(base + "/data/3/0/15?format=senml-json").body().get("value").asText())
                .isEqualTo("Asia/Tokyo");
    }

    @Test
    void aWriteToAReadOnlyResourceIsReportedAsTheClientsFailure() throws Exception {
        Lwm2mApi.Answer answer = h.api.call("PUT", base + "/data/3/0/0", "{\"value\":\"Other\"}");

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.body().get("code").asText()).isEqualTo("4.05");
        assertThat(h.client.value(3, 0, 0)).isEqualTo("ThingConform");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedBeforeAnythingIsSent() throws Exception {
        Lwm2mApi.Answer answer = h.api.call("PUT", base + "/data/3/0/14", "{\"value\":5}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("error").asText()).contains("resource 14", "JSON string");
    }

    @Test
    void executesWithPostAndItsArguments() throws Exception {
        Lwm2mApi.Answer answer = h.api.call("POST", base + "/execute/3/0/4", "{\"args\":\"0='now'\"}");

        assertThat(answer.body().get("code").asText()).isEqualTo("2.04");
        Request execute = h.client.nextRequest(r -> TestLwm2mClient.path(r).equals("/3/0/4"));
        assertThat(execute.getCode()).isEqualTo(Code.POST);
        assertThat(execute.getPayloadString()).isEqualTo("0='now'");
    }

    @Test
    void createsAndDeletesAnInstance() throws Exception {
        Lwm2mApi.Answer created = h.api.call("POST", base + "/instances/3303",
                "{\"instanceId\":1,\"resources\":{\"5700\":19.5,\"5701\":\"Cel\"}}");

        assertThat(created.body().get("code").asText()).as(created.body().toString()).isEqualTo("2.01");
        assertThat(created.body().get("instanceId").asInt()).isEqualTo(1);
        assertThat(h.client.value(3303, 1, 5700)).isEqualTo(19.5);
        assertThat(h.api.get(base + "/data/3303/1/5700").body().get("value").asDouble()).isEqualTo(19.5);

        Lwm2mApi.Answer deleted = h.api.call("DELETE", base + "/instances/3303/1", null);

        assertThat(deleted.body().get("code").asText()).isEqualTo("2.02");
        Request delete = h.client.nextRequest(r -> r.getCode() == Code.DELETE);
        assertThat(TestLwm2mClient.path(delete)).isEqualTo("/3303/1");
        assertThat(h.client.hasInstance(3303, 1)).isFalse();
    }

    @Test
    void writesAttributesAsQueryOptionsAndDiscoversThem() throws Exception {
        Lwm2mApi.Answer written = h.api.call("PUT", base + "/attributes/3/0/9?pmin=1&pmax=3", null);

        assertThat(written.body().get("code").asText()).isEqualTo("2.04");
        Request attributes = h.client.nextRequest(r -> TestLwm2mClient.path(r).equals("/3/0/9"));
        assertThat(attributes.getCode()).isEqualTo(Code.PUT);
        assertThat(attributes.getOptions().getUriQuery()).containsExactly("pmin=1", "pmax=3");
        assertThat(attributes.getPayloadSize()).isZero();

        Lwm2mApi.Answer discovered = h.api.get(base + "/discover/3/0");

        Request discover = h.client.nextRequest(r -> TestLwm2mClient.path(r).equals("/3/0"));
        assertThat(discover.getOptions().getAccept()).isEqualTo(MediaTypeRegistry.APPLICATION_LINK_FORMAT);
        assertThat(discovered.body().get("links")).anySatisfy(link -> {
            assertThat(link.get("path").asText()).isEqualTo("/3/0/9");
            assertThat(link.get("attributes").get("pmin").asText()).isEqualTo("1");
            assertThat(link.get("attributes").get("pmax").asText()).isEqualTo("3");
        });
    }

    @Test
    void theSecurityObjectIsRefusedAndNeverSentToTheClient() throws Exception {
        Lwm2mApi.Answer read = h.api.get(base + "/data/0/0");
        Lwm2mApi.Answer write = h.api.call("PUT", base + "/data/0/0/0", "{\"value\":\"coap://elsewhere\"}");
        h.api.get(base + "/data/3/0/1");

        assertThat(read.status()).isEqualTo(403);
        assertThat(write.status()).isEqualTo(403);
        assertThat(read.body().get("error").asText()).contains("Security object");
        List<Request> seen = new ArrayList<>();
        h.client.nextRequest(r -> seen.add(r) && TestLwm2mClient.path(r).equals("/3/0/1"));
        assertThat(seen).noneMatch(r -> TestLwm2mClient.path(r).startsWith("/0"));
    }

    @Test
    void anUnknownEndpointIsNotFound() throws Exception {
        Lwm2mApi.Answer answer = h.api.get("/registrations/nobody/data/3/0/0");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().get("error").asText()).contains("nobody");
    }
}
