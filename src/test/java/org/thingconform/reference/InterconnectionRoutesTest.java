package org.thingconform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thingconform.platform.Secret;
import org.thingconform.thingmodel.ThingModel;
import org.thingconform.thingmodel.TslImporter;

/**
 * The reference platform's interconnection API as plain request → response logic, with a
 * clock the test controls: token lifetime and expiry without waiting, paging, sharing, and
 * the answers to malformed requests. No server, no broker.
 */
class InterconnectionRoutesTest {

    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("peer:secret-1".getBytes(StandardCharsets.UTF_8));
    private static final String FORM = "application/x-www-form-urlencoded";

    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final FaultSwitch faults = new FaultSwitch();
    private DeviceRegistry registry;
    private InterconnectionRoutes routes;

    @BeforeEach
    void setUp() {
        ThingModel model = TslImporter.importFile(Path.of("test-profiles/tsl-alink-mqtt/smart-meter.tsl.json"));
        registry = new DeviceRegistry();
        for (String role : List.of("a", "b", "c", "d", "e")) {
            registry.register(role, model, !role.equals("e"));
        }
        routes = new InterconnectionRoutes(registry, new NorthboundRoutes(registry, null, new Invocations(), faults),
                faults, "peer", new Secret("secret-1"), clock::get);
    }

    private ApiResponse token(String authorization, String form) {
        return routes.route("POST", List.of("interconnect", "v1", "oauth2", "token"), Map.of(), authorization, FORM,
                form.getBytes(StandardCharsets.UTF_8));
    }

    private ApiResponse list(String token, Map<String, String> query) {
        return routes.route("GET", List.of("interconnect", "v1", "devices"), query,
                token == null ? null : "Bearer " + token, null, new byte[0]);
    }

    private static int refusal(Runnable call) {
        return catchThrowableOfType(call::run, ApiException.class).status();
    }

    @Test
    void aTokenLivesItsLifetimeOnTheClockAndNotAMillisecondLonger() {
        ApiResponse granted = token(BASIC, "grant_type=client_credentials");
        String token = granted.body().get("access_token").asText();
        assertThat(granted.body().get("expires_in").asLong()).isEqualTo(InterconnectionRoutes.TOKEN_LIFETIME_SECONDS);

        clock.addAndGet(InterconnectionRoutes.TOKEN_LIFETIME_SECONDS * 1000 - 1);
        assertThat(list(token, Map.of()).status()).isEqualTo(200);
        clock.incrementAndGet();
        assertThat(refusal(() -> list(token, Map.of()))).isEqualTo(401);
    }

    @Test
    void aTokenAskedWithLifetimeZeroIsExpiredAtOnceUnlessTheFaultIgnoresExpiry() {
        String token = token(BASIC, "grant_type=client_credentials&expires_in=0").body().get("access_token").asText();

        assertThat(refusal(() -> list(token, Map.of()))).isEqualTo(401);
        faults.set(java.util.Set.of(Fault.ACCEPT_EXPIRED_TOKEN));
        assertThat(list(token, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void malformedTokenRequestsAreRefused() {
        assertThat(refusal(() -> token(BASIC, "grant_type=password"))).isEqualTo(400);
        assertThat(refusal(() -> token(BASIC, "grant_type=client_credentials&expires_in=99999"))).isEqualTo(400);
        assertThat(refusal(() -> token(null, "grant_type=client_credentials"))).isEqualTo(401);
        assertThat(refusal(() -> token("Basic " + Base64.getEncoder().encodeToString("peer:wrong".getBytes(
                StandardCharsets.UTF_8)), "grant_type=client_credentials"))).isEqualTo(401);
        assertThat(refusal(() -> routes.route("POST", List.of("interconnect", "v1", "oauth2", "token"), Map.of(),
                BASIC, "application/json", "{}".getBytes(StandardCharsets.UTF_8)))).isEqualTo(400);
        assertThat(token(null, "grant_type=client_credentials&client_id=peer&client_secret=secret-1").status())
                .as("client_secret_post").isEqualTo(200);
    }

    @Test
    void theListingPagesOverTheSharedDevicesOnly() {
        String token = token(BASIC, "grant_type=client_credentials").body().get("access_token").asText();

        ApiResponse first = list(token, Map.of("limit", "3"));
        ApiResponse second = list(token, Map.of("limit", "3", "cursor", first.body().get("nextCursor").asText()));

        assertThat(first.body().get("devices")).hasSize(3);
        assertThat(second.body().get("devices")).hasSize(1);
        assertThat(second.body().has("nextCursor")).isFalse();
        assertThat(first.body().toString() + second.body()).doesNotContain("\"e-");
        assertThat(list(token, Map.of()).body().get("devices")).as("default page size")
                .hasSize(InterconnectionRoutes.DEFAULT_PAGE_SIZE);
        assertThat(refusal(() -> list(token, Map.of("limit", "0")))).isEqualTo(400);
        assertThat(refusal(() -> list(token, Map.of("cursor", "nonsense")))).isEqualTo(400);
    }

    @Test
    void thePagingFaultDropsTheCursorToTheLastPage() {
        faults.set(java.util.Set.of(Fault.PAGING_DROPS_LAST_PAGE));
        String token = token(BASIC, "grant_type=client_credentials").body().get("access_token").asText();

        ApiResponse first = list(token, Map.of("limit", "2"));

        assertThat(first.body().get("devices")).hasSize(2);
        assertThat(first.body().has("nextCursor")).isFalse();
    }

    @Test
    void anUnknownInvocationOrModelIsNotFoundAndAnotherMethodNotAllowed() {
        String token = token(BASIC, "grant_type=client_credentials").body().get("access_token").asText();

        assertThat(refusal(() -> routes.route("GET", List.of("interconnect", "v1", "invocations", "42"), Map.of(),
                "Bearer " + token, null, new byte[0]))).isEqualTo(404);
        assertThat(refusal(() -> routes.route("GET", List.of("interconnect", "v1", "thing-models", "nope"), Map.of(),
                "Bearer " + token, null, new byte[0]))).isEqualTo(404);
        assertThat(refusal(() -> routes.route("DELETE", List.of("interconnect", "v1", "devices"), Map.of(),
                "Bearer " + token, null, new byte[0]))).isEqualTo(405);
    }
}
