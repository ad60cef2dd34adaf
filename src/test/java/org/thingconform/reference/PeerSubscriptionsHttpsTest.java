package org.thingconform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thingconform.platform.CallbackSettings;
import org.thingconform.platform.DeviceIdentity;
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
 * The reference platform's subscriptions take an https callback URL on loopback, and a post of a
 * subscribed device reaches the peer's HTTPS receiver signed, when the dispatcher trusts the
 * receiver's CA; a callback on another scheme is refused.
 */
class PeerSubscriptionsHttpsTest {

    private static final String SECRET = "subscription-secret";

    private final ThrowawayCa ca = ThrowawayCa.create("callback CA");
    private final PeerCallbackReceiver receiver = PeerCallbackReceiver.start(new MessageTrace(), new PushSettings(
            new Secret(SECRET), PushDispatcher.SIGNATURE_HEADER, PushDispatcher.SIGNATURE_PREFIX, Map.of()),
            new CallbackSettings("127.0.0.1", 0, null, ca.server("127.0.0.1").clientKey("callback"), null));
    private final PushDispatcher dispatcher = new PushDispatcher(PushPolicy.DEFAULT, new FaultSwitch(),
            TlsContexts.client(new TlsSettings(new TrustSource.PemBundle("callback CA", List.of(ca.certificate())),
                    List.of(), List.of(), null, true, null, null, false), new TlsObservation()));
    private final PeerSubscriptions subscriptions = new PeerSubscriptions(new FaultSwitch(), dispatcher);
    private final RegisteredDevice meter = new RegisteredDevice("meter", new DeviceIdentity("pk", "meter-1",
            new Secret("device-secret"), "pk.meter-1"), null, true, null);

    @AfterEach
    void close() {
        dispatcher.close();
        receiver.close();
    }

    private ObjectNode body(String callbackUrl) {
        ObjectNode body = Json.object();
        body.put("deviceId", "pk.meter-1");
        body.put("callbackUrl", callbackUrl);
        body.put("secret", SECRET);
        return body;
    }

    @Test
    void aPostOfASubscribedDeviceReachesAnHttpsCallbackSigned() {
        assertThat(subscriptions.subscribe(meter, body(receiver.callbackUrl("cb"))).status()).isEqualTo(201);

        subscriptions.propertiesStored(meter, Map.of("voltage", new ThingState.TimedValue(Json.object().numberNode(230.5),
                1_000L)));

        assertThat(receiver.await("cb", 0, Duration.ofSeconds(5))).hasValueSatisfying(delivery -> {
            assertThat(delivery.text()).contains("\"voltage\":230.5").contains("\"deviceId\":\"pk.meter-1\"");
            assertThat(delivery.signatureValid()).isTrue();
        });
    }

    @Test
    void aCallbackOnAnotherSchemeIsRefused() {
        assertThatThrownBy(() -> subscriptions.subscribe(meter, body("ftp://127.0.0.1/callbacks/cb")))
                .isInstanceOf(ApiException.class).hasMessageContaining("must be an http(s) URL with a host");
    }
}
