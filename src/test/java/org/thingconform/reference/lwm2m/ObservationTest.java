package org.thingconform.reference.lwm2m;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import org.eclipse.californium.core.coap.CoAP.Type;
import org.eclipse.californium.core.coap.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ObservationTest {

    private Lwm2mHarness h;
    private String ep;
    private String base;
    private BlockingQueue<Lwm2mApi.Event> events;

    @BeforeEach
    void start() throws Exception {
        h = new Lwm2mHarness();
        ep = Lwm2mHarness.endpointName();
        events = h.api.events(ep);
        h.register(ep, 300);
        base = "/registrations/" + ep;
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void observeSendsObserveZeroAndNotificationsReachTheEventStream() throws Exception {
        Lwm2mApi.Answer observed = h.api.call("POST", base + "/observations/3/0/9?format=text", null);

        assertThat(observed.body().get("code").asText()).isEqualTo("2.05");
        assertThat(observed.body().get("value").asLong()).isEqualTo(87);
        assertThat(observed.body().get("observing").asBoolean()).isTrue();
        Request observe = h.client.nextRequest(r -> TestLwm2mClient.path(r).equals("/3/0/9"));
        assertThat(observe.getOptions().getObserve()).isZero();

        h.client.change(3, 0, 9, 50L);

        Lwm2mApi.Event notification = Lwm2mApi.next(events, "notification", 5000);
        assertThat(notification).as("notification event").isNotNull();
        assertThat(notification.data().get("path").asText()).isEqualTo("/3/0/9");
        assertThat(notification.data().get("value").asLong()).isEqualTo(50);
        assertThat(notification.data().get("observationId").asText())
                .isEqualTo(observed.body().get("observationId").asText());
        assertThat(h.api.get(base + "/observations").body()).hasSize(1);
    }

    @Test
    void activeCancelSendsObserveOneWithTheSameToken() throws Exception {
        h.api.call("POST", base + "/observations/3/0/9", null);
        Request observe = h.client.nextRequest(r -> TestLwm2mClient.path(r).equals("/3/0/9"));

        Lwm2mApi.Answer cancelled = h.api.call("DELETE", base + "/observations/3/0/9?mode=active", null);

        assertThat(cancelled.body().get("ok").asBoolean()).as(cancelled.body().toString()).isTrue();
        Request cancel = h.client.nextRequest(r -> TestLwm2mClient.path(r).equals("/3/0/9"));
        assertThat(cancel.getOptions().getObserve()).isEqualTo(1);
        assertThat(cancel.getToken()).isEqualTo(observe.getToken());
        assertThat(h.api.get(base + "/observations").body()).isEmpty();
    }

    @Test
    void passiveCancelAnswersTheNextNotificationWithReset() throws Exception {
        h.api.call("POST", base + "/observations/3/0/9", null);
        h.client.change(3, 0, 9, 60L);
        assertThat(Lwm2mApi.next(events, "notification", 5000)).isNotNull();
        assertThat(h.client.nextEmptyMessage().getType()).isEqualTo(Type.ACK);

        Lwm2mApi.Answer cancelled = h.api.call("DELETE", base + "/observations/3/0/9?mode=passive", null);
        h.client.change(3, 0, 9, 61L);

        assertThat(cancelled.body().get("mode").asText()).isEqualTo("passive");
        assertThat(h.client.nextEmptyMessage().getType()).isEqualTo(Type.RST);
    }

    @Test
    void reRegistrationDropsTheObservations() throws Exception {
        h.api.call("POST", base + "/observations/3/0/9", null);

        h.register(ep, 300);

        assertThat(h.api.get(base + "/observations").body()).isEmpty();
    }
}
