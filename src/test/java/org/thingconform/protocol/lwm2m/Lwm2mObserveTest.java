package org.thingconform.protocol.lwm2m;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.californium.core.CoapClient;
import org.eclipse.californium.core.CoapHandler;
import org.eclipse.californium.core.CoapObserveRelation;
import org.eclipse.californium.core.CoapResponse;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.leshan.core.request.ContentFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thingconform.trace.MessageTrace;
import org.thingconform.trace.TraceEntry;

class Lwm2mObserveTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** How long a test waits to show that no notification comes. */
    private static final long SILENCE_MS = 700;

    private final MessageTrace trace = new MessageTrace();
    private final BlockingQueue<String> notifications = new LinkedBlockingQueue<>();
    private TestLwm2mServer server;
    private Lwm2mClient client;

    @BeforeEach
    void registered() throws Exception {
        server = new TestLwm2mServer();
        client = TestDevices.registered(server, TestDevices.tree(), trace);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aChangedValueIsNotifiedAndObserveOneCancels() throws Exception {
        CoapClient observer = server.client("/3303/0/5700");
        CoapObserveRelation relation = observer.observeAndWait(text(), handler());
        assertThat(relation.getCurrentResponse().getOptions().hasObserve()).isTrue();
        assertThat(notifications.poll(5, TimeUnit.SECONDS)).isEqualTo("21.5");

        client.tree().set("/3303/0/5700", 22.25);
        assertThat(notifications.poll(5, TimeUnit.SECONDS)).isEqualTo("22.25");
        ServerRequest observe = client.inbox().await("GET", "/3303/0/5700", TIMEOUT).orElseThrow();
        assertThat(observe.observe()).hasValue(0);

        relation.proactiveCancel();
        assertThat(notifications.poll(5, TimeUnit.SECONDS)).as("the answer to the cancelling GET").isEqualTo("22.25");
        ServerRequest deregister = client.inbox().await(r -> r.is("GET", "/3303/0/5700")
                && r.observe().orElse(-1) == 1, TIMEOUT).orElseThrow();
        assertThat(deregister.observe()).hasValue(1);
        notifications.clear();
        client.tree().set("/3303/0/5700", 23.0);
        assertThat(notifications.poll(SILENCE_MS, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void anInstanceObservationIsNotifiedOfAResourceChange() throws Exception {
        Request observe = Request.newGet();
        observe.setObserve();
        observe.getOptions().setAccept(ContentFormat.SENML_JSON_CODE);
        CoapObserveRelation relation = server.client("/3303/0").observeAndWait(observe, handler());
        assertThat(notifications.poll(5, TimeUnit.SECONDS)).contains("21.5");

        client.tree().set("/3303/0/5700", 19.0);
        assertThat(notifications.poll(5, TimeUnit.SECONDS)).contains("19.0");
        relation.reactiveCancel();
    }

    @Test
    void aResetToANotificationEndsTheRelation() throws Exception {
        CoapObserveRelation relation = server.client("/3303/0/5700").observeAndWait(text(), handler());
        assertThat(notifications.poll(5, TimeUnit.SECONDS)).isEqualTo("21.5");
        relation.reactiveCancel();

        client.tree().set("/3303/0/5700", 24.0);
        assertThat(server.nextEmptyMessageSent(TIMEOUT)).as("the server's RST to the notification").isEqualTo("RST");
        long notificationsBefore = sentNotifications();
        client.tree().set("/3303/0/5700", 25.0);
        assertThat(notifications.poll(SILENCE_MS, TimeUnit.MILLISECONDS)).isNull();
        assertThat(sentNotifications()).isEqualTo(notificationsBefore);
        assertThat(trace.entries()).anyMatch(e -> e.direction() == TraceEntry.Direction.RECEIVED
                && e.kind().equals("RST (empty)"));
    }

    @Test
    void pmaxBringsANotificationWithoutAChangeAndPminHoldsBackAnEarlyOne() throws Exception {
        CoapResponse attributes = server.client("/3303/0/5700?pmin=1&pmax=1").advanced(Request.newPut());
        assertThat(attributes.getCode().codeClass).isEqualTo(2);
        CoapObserveRelation relation = server.client("/3303/0/5700").observeAndWait(text(), handler());
        assertThat(notifications.poll(5, TimeUnit.SECONDS)).isEqualTo("21.5");

        long start = System.nanoTime();
        assertThat(notifications.poll(5, TimeUnit.SECONDS)).as("a notification at pmax").isEqualTo("21.5");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(500));

        client.tree().set("/3303/0/5700", 26.0);
        long changed = System.nanoTime();
        assertThat(notifications.poll(5, TimeUnit.SECONDS)).isEqualTo("26.0");
        assertThat(Duration.ofNanos(System.nanoTime() - changed)).as("held back until pmin has passed")
                .isGreaterThan(Duration.ofMillis(300));
        relation.reactiveCancel();
    }

    private long sentNotifications() {
        return trace.entries().stream().filter(e -> e.direction() == TraceEntry.Direction.SENT
                && e.kind().contains("observe")).count();
    }

    private static Request text() {
        Request request = Request.newGet();
        request.setObserve();
        request.getOptions().setAccept(ContentFormat.TEXT_CODE);
        return request;
    }

    private CoapHandler handler() {
        return new CoapHandler() {
            @Override
            public void onLoad(CoapResponse response) {
                notifications.add(response.getResponseText());
            }

            @Override
            public void onError() {
                notifications.add("error");
            }
        };
    }
}
