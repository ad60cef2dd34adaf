package org.thingconform.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thingconform.trace.MessageTrace;

/**
 * The peer's callback endpoint on loopback: records deliveries per callback, checks HMAC-SHA256
 * signatures, fails the first N deliveries when scripted, wakes a waiting step on arrival and
 * gives up at the timeout, and never writes the signing secret to the trace.
 */
class PeerCallbackReceiverTest {

    private static final String SECRET = "push-secret-123";
    private static final PushSettings PUSH = new PushSettings(new Secret(SECRET), "X-Signature", "sha256=", Map.of());

    private final MessageTrace trace = new MessageTrace();
    private final PeerCallbackReceiver receiver = PeerCallbackReceiver.start(trace, PUSH);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        receiver.close();
    }

    private int post(String name, String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(receiver.callbackUrl(name)))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String sign(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSignatureIsValidOnlyForTheBodyAndSecretItWasMadeWith() throws Exception {
        String body = "{\"deviceId\":\"d1\"}";
        post("a", body, sign(SECRET, body));
        post("a", body, sign("another-secret", body));
        post("a", body + " ", sign(SECRET, body));
        post("a", body, null);

        assertThat(receiver.deliveries("a")).extracting(PeerCallbackReceiver.Delivery::signatureValid)
                .containsExactly(true, false, false, null);
        assertThat(trace.entries()).hasSize(4).allSatisfy(entry -> assertThat(entry.toLine()).doesNotContain(SECRET));
    }

    @Test
    void theFirstDeliveriesFailAsScriptedAndEachCallbackKeepsItsOwnRecord() throws Exception {
        receiver.failNext("flaky", 2, 503);

        assertThat(post("flaky", "1", null)).isEqualTo(503);
        assertThat(post("other", "x", null)).isEqualTo(204);
        assertThat(post("flaky", "1", null)).isEqualTo(503);
        assertThat(post("flaky", "1", null)).isEqualTo(204);

        assertThat(receiver.deliveries("flaky")).extracting(PeerCallbackReceiver.Delivery::answered)
                .containsExactly(503, 503, 204);
        assertThat(receiver.deliveries("other")).extracting(PeerCallbackReceiver.Delivery::text).containsExactly("x");
    }

    @Test
    void aWaitEndsWithTheDeliveryOrEmptyAtItsTimeout() throws Exception {
        Thread sender = new Thread(() -> {
            try {
                receiver.await("trigger", 0, Duration.ofSeconds(5));
                post("late", "{}", null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        sender.start();
        post("trigger", "{}", null);

        assertThat(receiver.await("late", 0, Duration.ofSeconds(5))).map(PeerCallbackReceiver.Delivery::text)
                .contains("{}");
        assertThat(receiver.await("late", 1, Duration.ofMillis(100))).isEmpty();
        sender.join();
    }
}
