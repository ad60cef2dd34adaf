package org.thingconform.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thingconform.trace.MessageTrace;
import org.thingconform.trace.TraceEntry;

/**
 * The client applies each auth style of a descriptor and fills the declarative mapping (query
 * with left-out entries, form bodies, item fields), against a tiny JDK HTTP server on a free
 * loopback port that records what it receives; the trace never shows a secret or a token.
 */
class NorthboundClientAuthTest {

    private static final String TOKEN = "tok-0123456789abcdef";
    private static final String SECRET = "s3cr3t&value";

    private HttpServer server;
    private final List<Recorded> received = new CopyOnWriteArrayList<>();
    private final MessageTrace trace = new MessageTrace();

    record Recorded(String method, String uri, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    Map.copyOf(exchange.getRequestHeaders()), body));
            String path = exchange.getRequestURI().getPath();
            String answer = switch (path) {
                case "/token" -> "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":60}";
                case "/things" -> String.valueOf(exchange.getRequestURI().getQuery()).contains("page=")
                        ? "{\"items\":[{\"id\":\"t3\",\"model\":{\"ref\":\"m1\"}}]}"
                        : "{\"items\":[{\"id\":\"t1\",\"model\":{\"ref\":\"m1\"}},{\"id\":\"t2\"}],\"next\":\"p2\"}";
                default -> "{}";
            };
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private NorthboundClient client(ApiAuth auth) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        NorthboundOperation token = new NorthboundOperation("POST", "/token", Map.of(), Map.of(),
                Map.of("grant_type", "client_credentials"), null, Map.of("accessToken", "$.access_token",
                "expiresIn", "$.expires_in"), Map.of(), List.of());
        Map<String, String> query = new java.util.LinkedHashMap<>();
        query.put("size", "{pageSize}");
        query.put("page", "{cursor}");
        NorthboundOperation list = new NorthboundOperation("GET", "/things", query, Map.of("X-Trace", "peer-{pageSize}"), Map.of(), null,
                Map.of("devices", "$.items", "nextCursor", "$.next"),
                Map.of("devices", Map.of("deviceId", "$.id", "thingModel", "$.model.ref")), List.of());
        return new NorthboundClient(new NorthboundApi(base, auth, Map.of("getToken", token, "listDevices", list)),
                trace, Duration.ofSeconds(5));
    }

    private String traced() {
        StringBuilder all = new StringBuilder();
        trace.entries().stream().map(TraceEntry::toLine).forEach(line -> all.append(line).append('\n'));
        trace.entries().forEach(entry -> all.append(entry).append('\n'));
        return all.toString();
    }

    @Test
    void anApiKeyGoesInItsHeaderAndNotIntoTheTrace() {
        client(new ApiAuth.ApiKey("X-Platform-Key", new Secret(SECRET))).call("listDevices", Map.of("pageSize", "2"), null);

        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.header("X-Platform-Key")).isEqualTo(SECRET);
            assertThat(r.header("Authorization")).isNull();
        });
        assertThat(traced()).doesNotContain(SECRET).contains("X-Platform-Key=" + Secret.MASK);
    }

    @Test
    void basicAuthenticationSendsUserAndPasswordOnEveryCall() {
        client(new ApiAuth.Basic("peer", new Secret(SECRET))).call("listDevices", Map.of(), null);

        assertThat(received.get(0).header("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString(("peer:" + SECRET).getBytes(StandardCharsets.UTF_8)));
        assertThat(traced()).doesNotContain(SECRET).doesNotContain(
                Base64.getEncoder().encodeToString(("peer:" + SECRET).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void clientCredentialsGetATokenOnceWithHttpBasicAndSendItAsBearer() {
        NorthboundClient client = client(new ApiAuth.ClientCredentials("peer-b", new Secret(SECRET),
                ApiAuth.ClientAuthentication.CLIENT_SECRET_BASIC));

        client.call("listDevices", Map.of(), null);
        client.call("listDevices", Map.of(), null);

        assertThat(received).extracting(Recorded::uri).containsExactly("/token", "/things", "/things");
        Recorded tokenRequest = received.get(0);
        assertThat(tokenRequest.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(tokenRequest.body()).isEqualTo("grant_type=client_credentials");
        assertThat(tokenRequest.header("Authorization")).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                ("peer-b:" + "s3cr3t%26value").getBytes(StandardCharsets.UTF_8)));
        assertThat(received.get(1).header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(received.get(2).header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(traced()).doesNotContain(SECRET).doesNotContain("s3cr3t").doesNotContain(TOKEN)
                .contains("\"access_token\":\"" + Secret.MASK + "\"");
    }

    @Test
    void clientSecretPostSendsTheCredentialsAsFormParametersMaskedInTheTrace() {
        NorthboundClient client = client(new ApiAuth.ClientCredentials("peer-b", new Secret(SECRET),
                ApiAuth.ClientAuthentication.CLIENT_SECRET_POST));

        NorthboundClient.TokenGrant grant = client.requestToken("getToken", true);

        assertThat(grant.granted()).isTrue();
        assertThat(grant.accessToken().reveal()).isEqualTo(TOKEN);
        assertThat(grant.expiresIn().asInt()).isEqualTo(60);
        assertThat(received.get(0).header("Authorization")).isNull();
        assertThat(received.get(0).body())
                .isEqualTo("grant_type=client_credentials&client_id=peer-b&client_secret=s3cr3t%26value");
        assertThat(traced()).doesNotContain("s3cr3t").contains("client_secret=" + Secret.MASK);
    }

    @Test
    void aWrongSecretIsSentWhenATestAsksForIt() {
        NorthboundClient client = client(new ApiAuth.ClientCredentials("peer-b", new Secret(SECRET),
                ApiAuth.ClientAuthentication.CLIENT_SECRET_POST));

        client.requestToken("getToken", false);

        assertThat(received.get(0).body()).contains("client_id=peer-b").doesNotContain("s3cr3t");
    }

    @Test
    void queryEntriesNamingAMissingVariableAreLeftOutAndListItemsAreReadThroughTheirFields() {
        NorthboundClient client = client(new ApiAuth.None());

        NorthboundResponse first = client.call("listDevices", Map.of("pageSize", "2"), null);
        NorthboundResponse second = client.call("listDevices", Map.of("pageSize", "2", "cursor", "p2"), null);

        assertThat(received).extracting(Recorded::uri).containsExactly("/things?size=2", "/things?size=2&page=p2");
        assertThat(received.get(0).header("X-Trace")).isEqualTo("peer-2");
        assertThat(first.items("devices")).hasSize(2);
        assertThat(first.items("devices").get(0).get("deviceId").asText()).isEqualTo("t1");
        assertThat(first.items("devices").get(0).get("thingModel").asText()).isEqualTo("m1");
        assertThat(first.items("devices").get(1).get("thingModel")).isNull();
        assertThat(first.get("nextCursor").asText()).isEqualTo("p2");
        assertThat(second.get("nextCursor")).isNull();
        assertThat(second.items("devices")).singleElement()
                .satisfies(item -> assertThat(item.get("deviceId").asText()).isEqualTo("t3"));
    }

    @Test
    void aCallWithoutCredentialCarriesNoAuthorization() {
        NorthboundClient client = client(new ApiAuth.StaticBearer(new Secret(SECRET)));

        client.call("listDevices", Map.of(), null, NorthboundClient.Credential.NONE);
        client.call("listDevices", Map.of(), null, NorthboundClient.Credential.bearer(new Secret("other-token")));

        assertThat(received.get(0).header("Authorization")).isNull();
        assertThat(received.get(1).header("Authorization")).isEqualTo("Bearer other-token");
        assertThat(traced()).doesNotContain("other-token");
    }
}
