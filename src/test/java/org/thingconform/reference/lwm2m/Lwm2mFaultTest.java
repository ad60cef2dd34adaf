package org.thingconform.reference.lwm2m;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import org.eclipse.californium.core.coap.CoAP.Code;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.coap.CoAP.Type;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.coap.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each LwM2M fault changes exactly the behaviour it names (the well-behaved side is in the other tests). */
class Lwm2mFaultTest {

    private Lwm2mHarness h;
    private String ep;
    private String base;

    @BeforeEach
    void start() {
        h = new Lwm2mHarness();
        ep = Lwm2mHarness.endpointName();
        base = "/registrations/" + ep;
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void everyFaultHasAKebabNameADescriptionAndClauses() {
        assertThat(Lwm2mFault.values()).hasSize(29).allSatisfy(f -> {
            assertThat(f.kebabName()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(f.description()).isNotBlank();
            assertThat(f.clauses()).isNotEmpty().allMatch(c -> c.startsWith("LWM2M-"));
        });
        assertThat(Arrays.stream(Lwm2mFault.values()).map(Lwm2mFault::kebabName).distinct()).hasSize(29);
    }

    @Test
    void registerWithoutLocation() {
        h.faults(Lwm2mFault.REGISTER_WITHOUT_LOCATION);
        Response response = h.client.register(ep, 300);
        assertThat(response.getCode()).isEqualTo(ResponseCode.CREATED);
        assertThat(response.getOptions().getLocationPath()).isEmpty();
    }

    @Test
    void northboundDropsObjects() throws Exception {
        h.faults(Lwm2mFault.NORTHBOUND_DROPS_OBJECTS);
        h.register(ep, 300);
        assertThat(h.api.get(base).body().get("objectLinks")).isEmpty();
    }

    @Test
    void acceptRegisterWithoutEndpoint() {
        h.faults(Lwm2mFault.ACCEPT_REGISTER_WITHOUT_ENDPOINT);
        assertThat(h.client.register("lt=60&lwm2m=1.1", TestLwm2mClient.OBJECT_LINKS).getCode())
                .isEqualTo(ResponseCode.CREATED);
    }

    @Test
    void updateAnswersCreated() {
        String location = h.register(ep, 300);
        h.faults(Lwm2mFault.UPDATE_ANSWERS_CREATED);
        assertThat(h.client.update(location, "lt=400", null).getCode()).isEqualTo(ResponseCode.CREATED);
    }

    @Test
    void updateIgnoresParameters() throws Exception {
        String location = h.register(ep, 300);
        h.faults(Lwm2mFault.UPDATE_IGNORES_PARAMETERS);
        assertThat(h.client.update(location, "lt=600", "</3/0>,</3303/1>").getCode()).isEqualTo(ResponseCode.CHANGED);
        assertThat(h.api.get(base).body().get("lifetime").asLong()).isEqualTo(300);
        assertThat(h.api.get(base).body().get("objectLinks").toString()).doesNotContain("3303/1");
    }

    @Test
    void updateUnknownAccepted() {
        h.faults(Lwm2mFault.UPDATE_UNKNOWN_ACCEPTED);
        assertThat(h.client.update("/rd/nosuchid", "lt=60", null).getCode()).isEqualTo(ResponseCode.CHANGED);
    }

    @Test
    void deregisterKeepsClient() throws Exception {
        String location = h.register(ep, 300);
        h.faults(Lwm2mFault.DEREGISTER_KEEPS_CLIENT);
        assertThat(h.client.deregister(location).getCode()).isEqualTo(ResponseCode.DELETED);
        assertThat(h.api.get(base).status()).isEqualTo(200);
    }

    @Test
    void registrationNeverExpires() throws Exception {
        h.faults(Lwm2mFault.REGISTRATION_NEVER_EXPIRES);
        h.register(ep, 1);
        // the server asks the fault at the moment the lifetime runs out
        assertThat(h.asked.poll(5, java.util.concurrent.TimeUnit.SECONDS))
                .isEqualTo(Lwm2mFault.REGISTRATION_NEVER_EXPIRES);
        assertThat(h.api.get(base).status()).isEqualTo(200);
    }

    @Test
    void duplicateRegistrations() {
        h.faults(Lwm2mFault.DUPLICATE_REGISTRATIONS);
        String first = h.register(ep, 300);
        h.register(ep, 300);
        assertThat(h.client.update(first, "", null).getCode()).isEqualTo(ResponseCode.CHANGED);
    }

    @Test
    void readIgnoresFormat() throws Exception {
        h.register(ep, 300);
        h.faults(Lwm2mFault.READ_IGNORES_FORMAT);
        h.api.get(base + "/data/3/0/0?format=senml-json");
        Request read = h.client.nextRequest(r -> TestLwm2mClient.path(r).equals("/3/0/0"));
        assertThat(read.getOptions().hasAccept()).isFalse();
    }

    @Test
    void tlvAsOpaque() throws Exception {
        h.register(ep, 300);
        h.faults(Lwm2mFault.TLV_AS_OPAQUE);
        Lwm2mApi.Answer answer = h.api.get(base + "/data/3/0?format=tlv");
        assertThat(answer.body().has("resources")).isFalse();
        assertThat(answer.body().get("format").asText()).isEqualTo("opaque");
        assertThat(answer.body().get("value").asText()).matches("[0-9a-f]+");
    }

    @Test
    void reportErrorAsSuccess() throws Exception {
        h.register(ep, 300);
        h.faults(Lwm2mFault.REPORT_ERROR_AS_SUCCESS);
        Lwm2mApi.Answer read = h.api.get(base + "/data/3/0/99");
        Lwm2mApi.Answer write = h.api.call("PUT", base + "/data/3/0/0", "{\"value\":\"Other\"}");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("ok").asBoolean()).isTrue();
        assertThat(write.body().get("code").asText()).isEqualTo("2.04");
    }

    @Test
    void replaceAsPost() throws Exception {
        h.register(ep, 300);
        h.faults(Lwm2mFault.REPLACE_AS_POST);
        h.api.call("PUT", base + "/data/3/0/14?mode=replace", "{\"value\":\"+03:00\"}");
        assertThat(h.client.nextRequest(r -> TestLwm2mClient.path(r).equals("/3/0/14")).getCode())
                .isEqualTo(Code.POST);
    }

    @Test
    void writeCoercesValues() throws Exception {
        h.register(ep, 300);
        h.faults(Lwm2mFault.WRITE_COERCES_VALUES);
        Lwm2mApi.Answer answer = h.api.call("PUT", base + "/data/3/0/14?mode=replace", "{\"value\":5}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(h.client.value(3, 0, 14)).isEqualTo("5");
    }

    @Test
    void updateAsPut() throws Exception {
        h.register(ep, 300);
        h.faults(Lwm2mFault.UPDATE_AS_PUT);
        h.api.call("PUT", base + "/data/3/0?mode=update", "{\"resources\":{\"15\":\"UTC\"}}");
        assertThat(h.client.nextRequest(r -> TestLwm2mClient.path(r).equals("/3/0")).getCode()).isEqualTo(Code.PUT);
    }

    @Test
    void executeAsPut() throws Exception {
        h.register(ep, 300);
        h.faults(Lwm2mFault.EXECUTE_AS_PUT);
        h.api.call("POST", base + "/execute/3/0/4", null);
        assertThat(h.client.nextRequest(r -> TestLwm2mClient.path(r).equals("/3/0/4")).getCode()).isEqualTo(Code.PUT);
    }

    @Test
    void createDropsResources() throws Exception {
        h.register(ep, 300);
        h.faults(Lwm2mFault.CREATE_DROPS_RESOURCES);
        h.api.call("POST", base + "/instances/3303", "{\"instanceId\":2,\"resources\":{\"5700\":1.5}}");
        h.client.nextRequest(r -> TestLwm2mClient.path(r).equals("/3303"));
        assertThat(h.client.value(3303, 2, 5700)).isNull();
    }

    @Test
    void deleteWholeObject() throws Exception {
        h.register(ep, 300);
        h.faults(Lwm2mFault.DELETE_WHOLE_OBJECT);
        h.api.call("DELETE", base + "/instances/3303/0", null);
        assertThat(TestLwm2mClient.path(h.client.nextRequest(r -> r.getCode() == Code.DELETE))).isEqualTo("/3303");
    }

    @Test
    void discoverDropsAttributes() throws Exception {
        h.register(ep, 300);
        h.api.call("PUT", base + "/attributes/3/0/9?pmin=1", null);
        h.faults(Lwm2mFault.DISCOVER_DROPS_ATTRIBUTES);
        Lwm2mApi.Answer discovered = h.api.get(base + "/discover/3/0");
        assertThat(discovered.body().get("links")).isNotEmpty().allSatisfy(l -> assertThat(l.get("attributes")).isEmpty());
    }

    @Test
    void attributesInPayload() throws Exception {
        h.register(ep, 300);
        h.faults(Lwm2mFault.ATTRIBUTES_IN_PAYLOAD);
        h.api.call("PUT", base + "/attributes/3/0/9?pmin=1&pmax=3", null);
        Request request = h.client.nextRequest(r -> TestLwm2mClient.path(r).equals("/3/0/9"));
        assertThat(request.getOptions().getUriQuery()).isEmpty();
        assertThat(request.getPayloadString()).isEqualTo("pmin=1&pmax=3");
        assertThat(request.getOptions().getContentFormat()).isEqualTo(MediaTypeRegistry.TEXT_PLAIN);
    }

    @Test
    void exposeSecurityObject() throws Exception {
        h.register(ep, 300);
        h.faults(Lwm2mFault.EXPOSE_SECURITY_OBJECT);
        Lwm2mApi.Answer read = h.api.get(base + "/data/0/0/0");
        // sent to the client (whose Security resources have no operations: it answers 4.05), not refused
        assertThat(read.body().get("code").asText()).isEqualTo("4.05");
        assertThat(h.client.nextRequest(r -> TestLwm2mClient.path(r).equals("/0/0/0"))).isNotNull();
    }

    @Test
    void observeWithoutOption() throws Exception {
        h.register(ep, 300);
        h.faults(Lwm2mFault.OBSERVE_WITHOUT_OPTION);
        Lwm2mApi.Answer observed = h.api.call("POST", base + "/observations/3/0/9", null);
        assertThat(observed.body().get("ok").asBoolean()).isTrue();
        assertThat(h.client.nextRequest(r -> TestLwm2mClient.path(r).equals("/3/0/9")).getOptions().hasObserve())
                .isFalse();
    }

    @Test
    void dropNotifications() throws Exception {
        BlockingQueue<Lwm2mApi.Event> events = h.api.events(ep);
        h.register(ep, 300);
        h.api.call("POST", base + "/observations/3/0/9", null);
        h.faults(Lwm2mFault.DROP_NOTIFICATIONS);
        h.client.change(3, 0, 9, 10L);
        assertThat(h.client.nextEmptyMessage().getType()).isEqualTo(Type.ACK);
        String location = h.register(ep, 300);
        // the re-registration's events come after the notification would have: none came
        List<String> types = new ArrayList<>();
        Lwm2mApi.Event event;
        while ((event = events.poll(5, java.util.concurrent.TimeUnit.SECONDS)) != null) {
            types.add(event.type());
            if (event.type().equals("registration") && event.data().get("registrationId").asText()
                    .equals(location.substring(4))) {
                break;
            }
        }
        assertThat(types).doesNotContain("notification").contains("registration");
    }

    @Test
    void cancelSilently() throws Exception {
        h.register(ep, 300);
        h.api.call("POST", base + "/observations/3/0/9", null);
        h.client.nextRequest(r -> TestLwm2mClient.path(r).equals("/3/0/9"));
        h.faults(Lwm2mFault.CANCEL_SILENTLY);
        h.api.call("DELETE", base + "/observations/3/0/9?mode=active", null);
        h.api.get(base + "/data/3/0/1");
        List<Request> seen = new ArrayList<>();
        h.client.nextRequest(r -> seen.add(r) && TestLwm2mClient.path(r).equals("/3/0/1"));
        assertThat(seen).noneMatch(r -> TestLwm2mClient.path(r).equals("/3/0/9"));
    }

    @Test
    void cancelKeepsNotifying() throws Exception {
        BlockingQueue<Lwm2mApi.Event> events = h.api.events(ep);
        h.register(ep, 300);
        h.api.call("POST", base + "/observations/3/0/9", null);
        h.faults(Lwm2mFault.CANCEL_KEEPS_NOTIFYING);
        h.api.call("DELETE", base + "/observations/3/0/9?mode=passive", null);
        h.client.change(3, 0, 9, 11L);
        assertThat(h.client.nextEmptyMessage().getType()).isEqualTo(Type.ACK);
        assertThat(Lwm2mApi.next(events, "notification", 5000)).isNotNull();
    }

    @Test
    void noRegistrationEvents() throws Exception {
        BlockingQueue<Lwm2mApi.Event> events = h.api.events(ep);
        h.faults(Lwm2mFault.NO_REGISTRATION_EVENTS);
        h.register(ep, 300);
        h.api.call("POST", base + "/observations/3/0/9", null);
        h.client.change(3, 0, 9, 12L);
        // the notification is the first event: the registration before it was not streamed
        Lwm2mApi.Event first = events.poll(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(first).isNotNull();
        assertThat(first.type()).isEqualTo("notification");
    }
}
