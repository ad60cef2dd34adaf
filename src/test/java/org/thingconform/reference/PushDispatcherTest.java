package org.thingconform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thingconform.platform.CallbackSettings;
import org.thingconform.platform.PeerCallbackReceiver;
import org.thingconform.platform.PushSettings;
import org.thingconform.platform.Secret;
import org.thingconform.protocol.tls.TlsContexts;
import org.thingconform.protocol.tls.TlsObservation;
import org.thingconform.protocol.tls.TlsSettings;
import org.thingconform.protocol.tls.TrustSource;
import org.thingconform.reference.pki.ThrowawayCa;
import org.thingconform.trace.MessageTrace;

/**
 * The reference platform's push delivery against the suite's own callback receiver: signed
 * pushes verify, a 5xx is retried with backoff until accepted and in order, the no-retry fault
 * drops it, a push whose subscription is gone is never sent, and a dispatcher given a trust reaches
 * an HTTPS callback.
 */
class PushDispatcherTest {

    private static final Secret SECRET = new Secret("dispatcher-secret");
    private static final PushPolicy FAST = new PushPolicy(Duration.ofMillis(10), Duration.ofMillis(40), 5,
            Duration.ofSeconds(2));

    private final FaultSwitch faults = new FaultSwitch();
    private final PushDispatcher dispatcher = new PushDispatcher(FAST, faults);
    private final PeerCallbackReceiver receiver = PeerCallbackReceiver.start(new MessageTrace(), new PushSettings(
            SECRET, PushDispatcher.SIGNATURE_HEADER, PushDispatcher.SIGNATURE_PREFIX, Map.of()));

    @AfterEach
    void close() {
        dispatcher.close();
        receiver.close();
    }

    private void push(String callback, String body, AtomicBoolean wanted) {
        dispatcher.submit(new PushDispatcher.Push("lane", URI.create(receiver.callbackUrl(callback)),
                body.getBytes(StandardCharsets.UTF_8), SECRET, wanted::get));
    }

    @Test
    void aServerErrorIsRetriedUntilAcceptedAndLaterPushesWaitTheirTurn() {
        receiver.failNext("cb", 2, 503);
        AtomicBoolean wanted = new AtomicBoolean(true);

        push("cb", "{\"n\":1}", wanted);
        push("cb", "{\"n\":2}", wanted);

        assertThat(receiver.await("cb", 3, Duration.ofSeconds(5))).isPresent();
        assertThat(receiver.deliveries("cb")).extracting(d -> d.text() + " " + d.answered() + " " + d.signatureValid())
                .containsExactly("{\"n\":1} 503 true", "{\"n\":1} 503 true", "{\"n\":1} 204 true", "{\"n\":2} 204 true");
    }

    @Test
    void withTheNoRetryFaultAServerErrorLosesThePush() {
        faults.set(Set.of(Fault.NO_RETRY_ON_5XX));
        receiver.failNext("cb", 1, 503);
        AtomicBoolean wanted = new AtomicBoolean(true);

        push("cb", "{\"n\":1}", wanted);
        push("cb", "{\"n\":2}", wanted);

        assertThat(receiver.await("cb", 1, Duration.ofSeconds(5))).isPresent();
        assertThat(receiver.deliveries("cb")).extracting(d -> d.text() + " " + d.answered())
                .containsExactly("{\"n\":1} 503", "{\"n\":2} 204");
    }

    @Test
    void aPushNoLongerWantedIsDroppedAndTheUnsignedFaultLeavesTheSignatureOut() {
        faults.set(Set.of(Fault.PUSH_UNSIGNED));
        push("cb", "{\"n\":0}", new AtomicBoolean(false));
        push("cb", "{\"n\":1}", new AtomicBoolean(true));

        assertThat(receiver.await("cb", 0, Duration.ofSeconds(5))).map(d -> d.text() + " " + d.signature())
                .contains("{\"n\":1} null");
        assertThat(receiver.deliveries("cb")).hasSize(1);
    }

    @Test
    void aSignedPushReachesAnHttpsCallbackWhoseCertificateTheDispatcherTrusts() {
        ThrowawayCa ca = ThrowawayCa.create("push test CA");
        TlsSettings trustCa = new TlsSettings(new TrustSource.PemBundle("the test CA", List.of(ca.certificate())),
                List.of(), List.of(), null, true, null, null, false);
        try (PeerCallbackReceiver https = PeerCallbackReceiver.start(new MessageTrace(), new PushSettings(SECRET,
                PushDispatcher.SIGNATURE_HEADER, PushDispatcher.SIGNATURE_PREFIX, Map.of()), new CallbackSettings(
                "127.0.0.1", 0, null, ca.server("127.0.0.1").clientKey("callback"), null));
             PushDispatcher trusting = new PushDispatcher(FAST, faults,
                     TlsContexts.client(trustCa, new TlsObservation()))) {
            assertThat(https.callbackUrl("cb")).startsWith("https://127.0.0.1:");

            trusting.submit(new PushDispatcher.Push("lane", URI.create(https.callbackUrl("cb")),
                    "{\"n\":1}".getBytes(StandardCharsets.UTF_8), SECRET, () -> true));

            assertThat(https.await("cb", 0, Duration.ofSeconds(5))).map(d -> d.text() + " " + d.answered() + " "
                    + d.signatureValid()).contains("{\"n\":1} 204 true");
        }
    }

    @Test
    void backoffDoublesUpToItsBound() {
        assertThat(FAST.backoffBefore(2)).isEqualTo(Duration.ofMillis(10));
        assertThat(FAST.backoffBefore(3)).isEqualTo(Duration.ofMillis(20));
        assertThat(FAST.backoffBefore(9)).isEqualTo(Duration.ofMillis(40));
    }
}
