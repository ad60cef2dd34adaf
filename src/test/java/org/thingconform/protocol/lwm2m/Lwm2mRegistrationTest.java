package org.thingconform.protocol.lwm2m;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thingconform.trace.MessageTrace;
import org.thingconform.trace.TraceEntry;

class Lwm2mRegistrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final MessageTrace trace = new MessageTrace();
    private TestLwm2mServer server;
    private Lwm2mClient client;
    private String endpoint;

    @BeforeEach
    void start() throws Exception {
        server = new TestLwm2mServer();
        endpoint = TestDevices.endpoint();
        client = new Lwm2mClient(Lwm2mServerAddress.plain("127.0.0.1", server.port()),
                Lwm2mRegistrationSettings.of(endpoint, 300), TestDevices.tree(), trace);
        client.start();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void registerSendsTheQueryAndTheObjectLinksWithoutSecurityAndKeepsTheLocation() throws Exception {
        Lwm2mOutcome outcome = client.register(TIMEOUT);

        assertThat(outcome.code()).contains("2.01");
        assertThat(outcome.locationPath()).isEqualTo("/rd/1");
        assertThat(client.registrationLocation()).contains("/rd/1");
        TestLwm2mServer.Received register = server.next(TIMEOUT);
        assertThat(register.method()).isEqualTo("POST");
        assertThat(register.path()).isEqualTo("/rd");
        assertThat(register.query()).containsExactly("ep=" + endpoint, "lt=300", "lwm2m=1.1", "b=U");
        assertThat(register.contentFormat()).isEqualTo(40);
        assertThat(register.payload()).isEqualTo(
                "</>;rt=\"oma.lwm2m\",</1>;ver=1.1,</1/0>,</3>;ver=1.1,</3/0>,</3303>;ver=1.1,</3303/0>");
    }

    @Test
    void queueModeAddsTheValuelessQParameter() throws Exception {
        try (Lwm2mClient queued = new Lwm2mClient(Lwm2mServerAddress.plain("127.0.0.1", server.port()),
                new Lwm2mRegistrationSettings(TestDevices.endpoint(), 60, "U", "1.1", true), TestDevices.tree(),
                trace)) {
            queued.start();
            assertThat(queued.register(TIMEOUT).code()).contains("2.01");
            assertThat(server.next(TIMEOUT).query()).endsWith("b=U", "Q");
        }
    }

    @Test
    void updateAndDeregisterGoToTheLocation() throws Exception {
        client.register(TIMEOUT);
        server.next(TIMEOUT);

        assertThat(client.update(OptionalLong.of(120), false, TIMEOUT).code()).contains("2.04");
        TestLwm2mServer.Received update = server.next(TIMEOUT);
        assertThat(update.method()).isEqualTo("POST");
        assertThat(update.path()).isEqualTo("/rd/1");
        assertThat(update.query()).containsExactly("lt=120");
        assertThat(update.payload()).isEmpty();

        assertThat(client.update(OptionalLong.empty(), true, TIMEOUT).code()).contains("2.04");
        TestLwm2mServer.Received withObjects = server.next(TIMEOUT);
        assertThat(withObjects.query()).isEmpty();
        assertThat(withObjects.contentFormat()).isEqualTo(40);
        assertThat(withObjects.payload()).startsWith("</>;rt=\"oma.lwm2m\"");

        assertThat(client.deregister(TIMEOUT).code()).contains("2.02");
        TestLwm2mServer.Received deregister = server.next(TIMEOUT);
        assertThat(deregister.method()).isEqualTo("DELETE");
        assertThat(deregister.path()).isEqualTo("/rd/1");
        assertThat(client.registrationLocation()).isEmpty();
    }

    @Test
    void rawSendCarriesAMalformedRegistrationAsGiven() throws Exception {
        Lwm2mOutcome outcome = client.send("POST", "/rd", List.of("lt=60"), OptionalInt.of(0),
                "not a link list".getBytes(StandardCharsets.UTF_8), TIMEOUT);

        assertThat(outcome.code()).isPresent();
        TestLwm2mServer.Received raw = server.next(TIMEOUT);
        assertThat(raw.query()).containsExactly("lt=60");
        assertThat(raw.contentFormat()).isZero();
        assertThat(raw.payload()).isEqualTo("not a link list");
    }

    @Test
    void noAnswerWithinTheTimeoutIsReportedAsSuch() {
        server.close();
        Lwm2mOutcome outcome = client.register(Duration.ofMillis(300));
        assertThat(outcome.code()).isEmpty();
        assertThat(outcome.toString()).isEqualTo("no answer");
    }

    @Test
    void everyMessageBothWaysIsTracedAsLwm2mWithReadablePayloads() throws Exception {
        client.register(TIMEOUT);

        List<TraceEntry> entries = trace.entries();
        assertThat(entries).allMatch(e -> e.protocol().equals("lwm2m"));
        TraceEntry register = entries.stream().filter(e -> e.direction() == TraceEntry.Direction.SENT
                && e.kind().equals("CON POST")).findFirst().orElseThrow();
        assertThat(register.address()).isEqualTo("/rd");
        assertThat(register.attributes()).containsEntry("contentFormat", "40")
                .containsEntry("uriQuery", "ep=" + endpoint + "&lt=300&lwm2m=1.1&b=U");
        assertThat(register.payload()).startsWith("</>;rt=\"oma.lwm2m\"");
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.direction()).isEqualTo(TraceEntry.Direction.RECEIVED);
            assertThat(e.kind()).endsWith("2.01");
            assertThat(e.address()).isEqualTo("/rd");
            assertThat(e.attributes()).containsEntry("locationPath", "/rd/1");
        });
    }
}
