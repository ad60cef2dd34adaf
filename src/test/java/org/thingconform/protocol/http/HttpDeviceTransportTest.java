package org.thingconform.protocol.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thingconform.profile.TransportSettings;
import org.thingconform.profile.step.TokenUse;
import org.thingconform.protocol.AlinkCredentials;
import org.thingconform.protocol.ConnectOutcome;
import org.thingconform.protocol.ReceivedMessage;
import org.thingconform.protocol.ReferenceDevices;
import org.thingconform.trace.MessageTrace;
import org.thingconform.trace.TraceEntry;

/** The HTTP adapter against the reference platform's HTTP device endpoint, over loopback. */
class HttpDeviceTransportTest {

    private static ReferenceDevices devices;

    @BeforeAll
    static void start() {
        devices = new ReferenceDevices();
    }

    @AfterAll
    static void stop() throws Exception {
        devices.close();
    }

    private HttpDeviceTransport transport(MessageTrace trace, TransportSettings settings) {
        return new HttpDeviceTransport(devices.platform.descriptor().http(), settings, trace);
    }

    @Test
    void signsInAndNeverTracesThePasswordOrTheToken() {
        MessageTrace trace = new MessageTrace();
        try (HttpDeviceTransport http = signedIn(trace, ReferenceDevices.HTTP)) {
            Optional<ReceivedMessage> response = http.publish(devices.path("thing/event/property/post"),
                    devices.propertyPost("91"), 1, ReferenceDevices.TIMEOUT);

            assertThat(response).isPresent();
            assertThat(response.get().responseCode()).isEqualTo("200");
            assertThat(response.get().payload()).contains("\"id\":\"91\"").contains("\"code\":200");
            TraceEntry auth = trace.entries().get(0);
            assertThat(auth.kind()).isEqualTo("POST");
            assertThat(auth.attributes()).containsEntry("method", "POST").containsKey("url");
            assertThat(auth.payload()).contains("\"password\":\"******\"");
            assertThat(trace.entries().get(1).kind()).isEqualTo("HTTP 200");
            assertThat(trace.entries().get(1).payload()).isEqualTo("{\"token\":\"******\"}");
            TraceEntry post = trace.entries().stream().filter(e -> e.address().endsWith("/property/post"))
                    .findFirst().orElseThrow();
            assertThat(post.attributes().get("headers")).contains("X-Device-Token: ******");
            assertThat(ReferenceDevices.text(trace)).doesNotContain(devices.secret());
        }
    }

    @Test
    void aWrongSecretIsRefusedWith401() {
        try (HttpDeviceTransport http = transport(new MessageTrace(), ReferenceDevices.HTTP)) {
            AlinkCredentials credentials = devices.credentials(false);
            ConnectOutcome outcome = http.connect(credentials.clientId(), credentials.username(),
                    credentials.password(), ReferenceDevices.TIMEOUT);

            assertThat(outcome.kind()).isEqualTo(ConnectOutcome.Kind.REFUSED);
            assertThat(outcome.returnCode()).isEqualTo(401);
        }
    }

    @Test
    void anUplinkWithoutOrWithAWrongTokenIsRefusedWith401() {
        try (HttpDeviceTransport http = signedIn(new MessageTrace(), ReferenceDevices.HTTP)) {
            for (TokenUse use : List.of(TokenUse.NONE, TokenUse.WRONG)) {
                Optional<ReceivedMessage> response = http.publish(devices.path("thing/event/property/post"),
                        devices.propertyPost("92"), ReferenceDevices.TIMEOUT, use);

                assertThat(response.map(ReceivedMessage::responseCode)).as(use.name()).contains("401");
            }
        }
    }

    @Test
    void aLongPollReturnsTheDownlinkAsSoonAsItIsSent() {
        MessageTrace trace = new MessageTrace();
        try (HttpDeviceTransport http = signedIn(trace, ReferenceDevices.HTTP)) {
            String command = devices.path("thing/command");
            assertThat(http.subscribe(List.of(command), ReferenceDevices.TIMEOUT)).containsExactly(1);

            assertThat(devices.setReportInterval(240).success()).isTrue();

            Optional<ReceivedMessage> set = http.awaitMessage(command,
                    m -> m.payload().contains("thing.service.property.set"), ReferenceDevices.TIMEOUT);
            assertThat(set).isPresent();
            assertThat(set.get().payload()).contains("\"reportInterval\":240");
            assertThat(trace.entries()).anySatisfy(e -> assertThat(e.address()).contains("/thing/command?waitMs=10000"));
        }
    }

    @Test
    void intervalPollingAlsoFetchesTheDownlink() {
        TransportSettings interval = new TransportSettings("/auth", TransportSettings.HEADER, "X-Device-Token",
                new TransportSettings.Poll("interval", Duration.ofMillis(100)));
        try (HttpDeviceTransport http = signedIn(new MessageTrace(), interval)) {
            String command = devices.path("thing/command");
            assertThat(http.subscribe(List.of(command), ReferenceDevices.TIMEOUT)).containsExactly(1);

            assertThat(devices.setReportInterval(360).success()).isTrue();

            assertThat(http.awaitMessage(command, m -> m.payload().contains("\"reportInterval\":360"),
                    ReferenceDevices.TIMEOUT)).isPresent();
        }
    }

    private HttpDeviceTransport signedIn(MessageTrace trace, TransportSettings settings) {
        HttpDeviceTransport http = transport(trace, settings);
        AlinkCredentials credentials = devices.credentials(true);
        assertThat(http.connect(credentials.clientId(), credentials.username(), credentials.password(),
                ReferenceDevices.TIMEOUT).accepted()).isTrue();
        return http;
    }
}
