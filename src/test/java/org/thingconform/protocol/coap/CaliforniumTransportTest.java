package org.thingconform.protocol.coap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thingconform.profile.step.TokenUse;
import org.thingconform.protocol.AlinkCredentials;
import org.thingconform.protocol.ConnectOutcome;
import org.thingconform.protocol.ReceivedMessage;
import org.thingconform.protocol.ReferenceDevices;
import org.thingconform.trace.MessageTrace;
import org.thingconform.trace.TraceEntry;

/** The CoAP adapter against the reference platform's Californium server, over loopback UDP. */
class CaliforniumTransportTest {

    private static ReferenceDevices devices;

    @BeforeAll
    static void start() {
        devices = new ReferenceDevices();
    }

    @AfterAll
    static void stop() throws Exception {
        devices.close();
    }

    private CaliforniumTransport transport(MessageTrace trace) {
        return new CaliforniumTransport(devices.platform.descriptor().coap(), ReferenceDevices.COAP, trace);
    }

    @Test
    void signsInWithAConfirmablePostAndNeverTracesThePasswordOrTheToken() {
        MessageTrace trace = new MessageTrace();
        try (CaliforniumTransport coap = transport(trace)) {
            AlinkCredentials credentials = devices.credentials(true);
            ConnectOutcome outcome = coap.connect(credentials.clientId(), credentials.username(),
                    credentials.password(), ReferenceDevices.TIMEOUT);

            assertThat(outcome.accepted()).as(outcome.detail()).isTrue();
            assertThat(coap.isConnected()).isTrue();
            TraceEntry request = trace.entries().get(0);
            assertThat(request.kind()).isEqualTo("CON POST");
            assertThat(request.attributes()).containsEntry("type", "CON").containsEntry("uriPath", "/auth")
                    .containsEntry("contentFormat", "50").containsKeys("mid", "token");
            assertThat(request.payload()).contains("\"password\":\"******\"");
            TraceEntry response = trace.entries().stream().filter(e -> e.direction() == TraceEntry.Direction.RECEIVED)
                    .findFirst().orElseThrow();
            assertThat(response.kind()).isEqualTo("ACK 2.05");
            assertThat(response.attributes()).containsEntry("mid", request.attributes().get("mid"))
                    .containsEntry("token", request.attributes().get("token"));
            assertThat(response.payload()).isEqualTo("{\"token\":\"******\"}");
            assertThat(ReferenceDevices.text(trace)).doesNotContain(credentials.password())
                    .doesNotContain(devices.secret());
        }
    }

    @Test
    void aWrongSecretIsRefusedWithUnauthorized() {
        try (CaliforniumTransport coap = transport(new MessageTrace())) {
            AlinkCredentials credentials = devices.credentials(false);
            ConnectOutcome outcome = coap.connect(credentials.clientId(), credentials.username(),
                    credentials.password(), ReferenceDevices.TIMEOUT);

            assertThat(outcome.kind()).isEqualTo(ConnectOutcome.Kind.REFUSED);
            assertThat(outcome.returnCode()).isEqualTo(401);
            assertThat(coap.isConnected()).isFalse();
        }
    }

    @Test
    void anUplinkGetsThePiggybackedAlinkReplyAndTheTokenTravelsMaskedInTheTrace() {
        MessageTrace trace = new MessageTrace();
        try (CaliforniumTransport coap = signedIn(trace)) {
            Optional<ReceivedMessage> response = coap.publish(devices.path("thing/event/property/post"),
                    devices.propertyPost("77"), 1, ReferenceDevices.TIMEOUT);

            assertThat(response).isPresent();
            assertThat(response.get().responseCode()).isEqualTo("2.04");
            assertThat(response.get().messageType()).isEqualTo("ACK");
            assertThat(response.get().payload()).contains("\"id\":\"77\"").contains("\"code\":200");
            TraceEntry post = trace.entries().stream().filter(e -> e.kind().equals("CON POST")
                    && e.address().endsWith("/property/post")).findFirst().orElseThrow();
            assertThat(post.attributes()).containsEntry("uriQuery", "token=******");
        }
    }

    @Test
    void anUplinkWithoutOrWithAWrongTokenIsRefused() {
        try (CaliforniumTransport coap = signedIn(new MessageTrace())) {
            for (TokenUse use : List.of(TokenUse.NONE, TokenUse.WRONG)) {
                Optional<ReceivedMessage> response = coap.publish(devices.path("thing/event/property/post"),
                        devices.propertyPost("78"), ReferenceDevices.TIMEOUT, use);

                assertThat(response).isPresent();
                assertThat(response.get().responseCode()).as(use.name()).isEqualTo("4.01");
            }
        }
    }

    @Test
    void aDownlinkArrivesAsANotificationOfTheObserveRelation() {
        MessageTrace trace = new MessageTrace();
        try (CaliforniumTransport coap = signedIn(trace)) {
            String command = devices.path("thing/command");
            assertThat(coap.subscribe(List.of(command), ReferenceDevices.TIMEOUT)).containsExactly(1);

            assertThat(devices.setReportInterval(120).success()).isTrue();

            Optional<ReceivedMessage> set = coap.awaitMessage(command,
                    m -> m.payload().contains("thing.service.property.set"), ReferenceDevices.TIMEOUT);
            assertThat(set).isPresent();
            assertThat(set.get().payload()).contains("\"reportInterval\":120");
            assertThat(trace.entries()).anySatisfy(e -> {
                assertThat(e.direction()).isEqualTo(TraceEntry.Direction.RECEIVED);
                assertThat(e.attributes()).containsKey("observe");
                assertThat(e.payload()).contains("reportInterval");
            });
        }
    }

    @Test
    void observingAResourceThePlatformDoesNotHaveIsRefused() {
        try (CaliforniumTransport coap = signedIn(new MessageTrace())) {
            assertThat(coap.subscribe(List.of(devices.path("thing/nothing-here")), ReferenceDevices.TIMEOUT))
                    .containsExactly(128);
        }
    }

    private CaliforniumTransport signedIn(MessageTrace trace) {
        CaliforniumTransport coap = transport(trace);
        AlinkCredentials credentials = devices.credentials(true);
        assertThat(coap.connect(credentials.clientId(), credentials.username(), credentials.password(),
                ReferenceDevices.TIMEOUT).accepted()).isTrue();
        return coap;
    }
}
