package org.thingconform.reference.lwm2m;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.BlockingQueue;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.coap.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    private Lwm2mHarness h;

    @BeforeEach
    void start() {
        h = new Lwm2mHarness();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void registerIsCreatedWithALocationAndShownOnTheApi() throws Exception {
        String ep = Lwm2mHarness.endpointName();
        Response response = h.client.register(ep, 300);

        assertThat(response.getCode()).isEqualTo(ResponseCode.CREATED);
        assertThat(response.getOptions().getLocationPath()).hasSize(2).first().isEqualTo("rd");
        Lwm2mApi.Answer answer = h.api.get("/registrations/" + ep);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode registration = answer.body();
        assertThat(registration.get("registrationId").asText()).isEqualTo(response.getOptions().getLocationPath().get(1));
        assertThat(registration.get("lifetime").asLong()).isEqualTo(300);
        assertThat(registration.get("binding").asText()).isEqualTo("U");
        assertThat(registration.get("lwm2mVersion").asText()).isEqualTo("1.1");
        assertThat(registration.get("objectLinks")).extracting(JsonNode::asText)
                .contains("</3>;ver=1.1", "</3/0>", "</3303/0>");
        assertThat(h.api.get("/registrations").body()).extracting(n -> n.get("endpoint").asText()).contains(ep);
    }

    @Test
    void registerWithoutEndpointBadLinksOrUnknownVersionIsABadRequest() {
        assertThat(h.client.register("lt=60&lwm2m=1.1", TestLwm2mClient.OBJECT_LINKS).getCode())
                .isEqualTo(ResponseCode.BAD_REQUEST);
        assertThat(h.client.register("ep=&lt=60", TestLwm2mClient.OBJECT_LINKS).getCode())
                .isEqualTo(ResponseCode.BAD_REQUEST);
        assertThat(h.client.register("ep=x1&lt=60", "</3/0>;ver=\"unterminated").getCode())
                .isEqualTo(ResponseCode.BAD_REQUEST);
        assertThat(h.client.register("ep=x2&lt=60", null).getCode()).isEqualTo(ResponseCode.BAD_REQUEST);
        assertThat(h.client.register("ep=x3&lt=60&lwm2m=7.3", TestLwm2mClient.OBJECT_LINKS).getCode())
                .isEqualTo(ResponseCode.BAD_REQUEST);
    }

    @Test
    void updateChangesLifetimeAndObjectLinks() throws Exception {
        String ep = Lwm2mHarness.endpointName();
        String location = h.register(ep, 300);

        assertThat(h.client.update(location, "lt=600", "</3/0>,</3303/0>,</3303/1>").getCode())
                .isEqualTo(ResponseCode.CHANGED);

        JsonNode registration = h.api.get("/registrations/" + ep).body();
        assertThat(registration.get("lifetime").asLong()).isEqualTo(600);
        assertThat(registration.get("objectLinks")).extracting(JsonNode::asText).contains("</3303/1>")
                .doesNotContain("</1/0>");
    }

    @Test
    void updateOfAnUnknownRegistrationIsNotFound() {
        assertThat(h.client.update("/rd/nosuchid", "lt=60", null).getCode()).isEqualTo(ResponseCode.NOT_FOUND);
    }

    @Test
    void deregisterRemovesTheClient() throws Exception {
        String ep = Lwm2mHarness.endpointName();
        String location = h.register(ep, 300);

        assertThat(h.client.deregister(location).getCode()).isEqualTo(ResponseCode.DELETED);

        assertThat(h.api.get("/registrations/" + ep).status()).isEqualTo(404);
        assertThat(h.client.update(location, "", null).getCode()).isEqualTo(ResponseCode.NOT_FOUND);
    }

    @Test
    void aRegistrationLapsesAfterItsLifetime() throws Exception {
        String ep = Lwm2mHarness.endpointName();
        BlockingQueue<Lwm2mApi.Event> events = h.api.events(ep);
        String location = h.register(ep, 1);

        Lwm2mApi.Event expired = Lwm2mApi.next(events, "expired", 5000);

        assertThat(expired).as("expired event").isNotNull();
        assertThat(expired.data().get("endpoint").asText()).isEqualTo(ep);
        assertThat(h.api.get("/registrations/" + ep).status()).isEqualTo(404);
        assertThat(h.client.update(location, "", null).getCode()).isEqualTo(ResponseCode.NOT_FOUND);
    }

    @Test
    void reRegisteringAnEndpointReplacesItsOldRegistration() throws Exception {
        String ep = Lwm2mHarness.endpointName();
        String first = h.register(ep, 300);
        String second = h.register(ep, 300);

        assertThat(second).isNotEqualTo(first);
        assertThat(h.client.update(first, "", null).getCode()).isEqualTo(ResponseCode.NOT_FOUND);
        assertThat(h.client.update(second, "", null).getCode()).isEqualTo(ResponseCode.CHANGED);
        assertThat(h.api.get("/registrations").body()).filteredOn(n -> n.get("endpoint").asText().equals(ep))
                .hasSize(1);
    }

    @Test
    void registrationUpdateAndDeregistrationAreStreamedAsEvents() throws Exception {
        String ep = Lwm2mHarness.endpointName();
        BlockingQueue<Lwm2mApi.Event> events = h.api.events(ep);

        String location = h.register(ep, 300);
        h.client.update(location, "lt=400", null);
        h.client.deregister(location);

        assertThat(events.take()).satisfies(e -> {
            assertThat(e.type()).isEqualTo("registration");
            assertThat(e.data().get("endpoint").asText()).isEqualTo(ep);
            assertThat(e.data().get("registrationId").asText()).isEqualTo(location.substring(4));
            assertThat(e.data().get("time").asText()).isNotEmpty();
        });
        assertThat(Lwm2mApi.next(events, "update", 5000)).isNotNull();
        assertThat(Lwm2mApi.next(events, "deregistration", 5000)).isNotNull();
    }

    @Test
    void theApiWantsTheBearerToken() throws Exception {
        Lwm2mApi stranger = new Lwm2mApi(h.server.apiBaseUrl(), "wrong");
        assertThat(stranger.get("/registrations").status()).isEqualTo(401);
        assertThat(stranger.get("/registrations").body().get("error").asText()).contains("bearer token");
    }
}
