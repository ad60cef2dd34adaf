package org.thingconform.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thingconform.protocol.tls.TlsFailure;
import org.thingconform.protocol.tls.TlsObservation;
import org.thingconform.trace.MessageTrace;

/**
 * Calls an API of the platform under test through the descriptor's declarative mapping:
 * abstract operation → HTTP request (REST Assured) → values extracted with JsonPath. Every
 * exchange goes to the test's trace, with every secret masked: the API's own secrets, the
 * credentials headers, and the access tokens it obtained.
 *
 * <p>With {@link ApiAuth.ClientCredentials} the client gets an access token from the
 * {@code getToken} operation on first use and sends it as a bearer token; a test can also
 * request tokens itself ({@link #requestToken}) and call with another credential
 * ({@link Credential}).
 */
public final class NorthboundClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Jayway JsonPath over Jackson trees, a missing path read as null (shared with {@link TraceFilter}). */
    static final Configuration JSON_PATH = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider(JSON))
            .mappingProvider(new JacksonMappingProvider(JSON))
            .options(Option.SUPPRESS_EXCEPTIONS)
            .build();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");
    /** The client secret sent when a test asks for a token with wrong credentials. */
    private static final String WRONG_SECRET = "thingconform-wrong-client-secret";

    private final NorthboundApi api;
    private final MessageTrace trace;
    private final RestAssuredConfig config;
    private final TlsObservation tlsObservation = new TlsObservation();
    private volatile TlsObservation.Handshake tracedHandshake;
    private final List<String> secretValues = new CopyOnWriteArrayList<>();
    private volatile Secret accessToken;

    public NorthboundClient(NorthboundApi api, MessageTrace trace, Duration timeout) {
        this.api = api;
        this.trace = trace;
        int millis = (int) timeout.toMillis();
        this.config = RestAssuredTls.configure(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", millis)
                .setParam("http.socket.timeout", millis)), api.tls(), java.net.URI.create(api.baseUrl()).getHost(),
                tlsObservation);
        api.auth().secrets().forEach(this::remember);
        api.push().ifPresent(push -> remember(push.secret()));
    }

    /** How the API's platform signs and shapes pushes, when it pushes. */
    public java.util.Optional<PushSettings> push() {
        return api.push();
    }

    /** The credential a call is made with. */
    public sealed interface Credential {
        /** The API's own authentication (for client credentials: the client's access token). */
        Credential DEFAULT = new Default();
        /** No credential at all. */
        Credential NONE = new Anonymous();

        /** A bearer token chosen by the test (a wrong or expired one). */
        static Credential bearer(Secret token) {
            return new Bearer(token);
        }

        /** See {@link #DEFAULT}. */
        record Default() implements Credential {
        }

        /** See {@link #NONE}. */
        record Anonymous() implements Credential {
        }

        /** See {@link #bearer(Secret)}. */
        record Bearer(Secret token) implements Credential {
        }
    }

    /** A token request's outcome: the response, and the access token when one was granted. */
    public record TokenGrant(NorthboundResponse response, Secret accessToken, JsonNode expiresIn) {

        public boolean granted() {
            return response.success() && accessToken != null;
        }
    }

    /**
     * Performs {@code operation} with the path variables and JSON parameters given, with the
     * API's own authentication.
     *
     * @throws NorthboundException when the descriptor lacks the operation, the platform does
     *                             not answer, or answers a success that is not JSON
     */
    public NorthboundResponse call(String operation, Map<String, String> variables, JsonNode params) {
        return call(operation, variables, params, Credential.DEFAULT);
    }

    /** As {@link #call(String, Map, JsonNode)}, with {@code credential}. */
    public NorthboundResponse call(String operation, Map<String, String> variables, JsonNode params,
                                   Credential credential) {
        NorthboundOperation op = operation(operation);
        RequestSpecification request = request(op);
        if (credential instanceof Credential.Default) {
            authenticate(request);
        } else if (credential instanceof Credential.Bearer bearer) {
            remember(bearer.token());
            request.header("Authorization", "Bearer " + bearer.token().reveal());
        }
        return send(op, request, variables, params, Map.of());
    }

    /** Whether the API maps {@code operation}. */
    public boolean maps(String operation) {
        return api.operations().containsKey(operation);
    }

    /** Whether the API maps {@code operation} and it extracts the result {@code name}. */
    public boolean extracts(String operation, String name) {
        NorthboundOperation op = api.operations().get(operation);
        return op != null && op.extract().containsKey(name);
    }

    /**
     * Asks the token endpoint ({@code getToken}, or {@code getExpiredToken}) for an access
     * token with the API's client credentials, or with a wrong client secret. A granted
     * token from {@code getToken} with valid credentials becomes the client's token.
     *
     * @throws NorthboundException when the API does not authenticate with client credentials
     */
    public TokenGrant requestToken(String operation, boolean validCredentials) {
        if (!(api.auth() instanceof ApiAuth.ClientCredentials credentials)) {
            throw new NorthboundException("the API at " + api.baseUrl() + " does not authenticate with client "
                    + "credentials (auth style clientCredentials), so it has no token endpoint to ask", false, null);
        }
        NorthboundOperation op = operation(operation);
        RequestSpecification request = request(op);
        String secret = validCredentials ? credentials.clientSecret().reveal() : WRONG_SECRET;
        Map<String, String> extraForm = new LinkedHashMap<>();
        if (credentials.method() == ApiAuth.ClientAuthentication.CLIENT_SECRET_BASIC) {
            request.header("Authorization", basic(form(credentials.clientId()), form(secret)));
        } else {
            extraForm.put("client_id", credentials.clientId());
            extraForm.put("client_secret", secret);
        }
        NorthboundResponse response = send(op, request, Map.of(), null, extraForm);
        JsonNode token = response.get("accessToken");
        Secret granted = null;
        if (response.success() && token != null && token.isTextual() && !token.asText().isBlank()) {
            granted = new Secret(token.asText());
            remember(granted);
            if (validCredentials && operation.equals("getToken")) {
                accessToken = granted;
            }
        }
        return new TokenGrant(response, granted, response.get("expiresIn"));
    }

    private NorthboundOperation operation(String operation) {
        NorthboundOperation op = api.operations().get(operation);
        if (op == null) {
            throw new NorthboundException("the platform descriptor maps no operation '" + operation + "' for "
                    + api.baseUrl() + "; it maps " + api.operations().keySet().stream().sorted().toList(), false, null);
        }
        return op;
    }

    private RequestSpecification request(NorthboundOperation op) {
        return RestAssured.given().config(config).urlEncodingEnabled(false)
                .filter(new TraceFilter(trace, secretValues, secretPaths(op))).accept(ContentType.JSON);
    }

    private void authenticate(RequestSpecification request) {
        credentialHeaders().forEach(request::header);
    }

    /**
     * The headers that carry the API's own authentication (for client credentials, with the access token,
     * obtained on first use): for a connection the suite opens to the API without this client, such as an
     * LwM2M server's event stream. Their values are secrets: never trace or log them.
     */
    public Map<String, String> credentialHeaders() {
        ApiAuth auth = api.auth();
        if (auth instanceof ApiAuth.StaticBearer bearer) {
            return Map.of("Authorization", "Bearer " + bearer.token().reveal());
        } else if (auth instanceof ApiAuth.ApiKey key) {
            return Map.of(key.header(), key.key().reveal());
        } else if (auth instanceof ApiAuth.Basic basic) {
            return Map.of("Authorization", basic(basic.username(), basic.password().reveal()));
        } else if (auth instanceof ApiAuth.ClientCredentials) {
            Secret token = accessToken;
            if (token == null) {
                TokenGrant grant = requestToken("getToken", true);
                if (!grant.granted()) {
                    throw new NorthboundException("could not get an access token with the descriptor's client "
                            + "credentials: getToken answered HTTP " + grant.response().status()
                            + (grant.response().success() ? " without an access token" : ""), true, null);
                }
                token = grant.accessToken();
            }
            return Map.of("Authorization", "Bearer " + token.reveal());
        }
        return Map.of();
    }

    private NorthboundResponse send(NorthboundOperation op, RequestSpecification request, Map<String, String> variables,
                                    JsonNode params, Map<String, String> extraForm) {
        String url = api.baseUrl().replaceAll("/+$", "") + fillPath(op.path(), variables);
        String query = encoded(op.query(), variables, Map.of());
        if (!query.isEmpty()) {
            url += (url.contains("?") ? "&" : "?") + query;
        }
        filled(op.headers(), variables).forEach(request::header);
        if (!op.form().isEmpty() || !extraForm.isEmpty()) {
            request.contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
                    .body(encoded(op.form(), variables, extraForm));
        } else if (op.body() != null && !op.body().isNull()) {
            BodyTemplate.fill(op.body(), variables, params).ifPresent(body -> {
                if (body.isTextual()) {
                    request.contentType(ContentType.TEXT.withCharset(StandardCharsets.UTF_8)).body(body.asText());
                } else {
                    request.contentType(ContentType.JSON).body(write(body));
                }
            });
        }
        Response response;
        try {
            response = request.request(op.method(), url);
        } catch (RuntimeException e) {
            String why = api.tls() == null ? null : TlsFailure.of(e, api.baseUrl(), api.tls(), tlsObservation)
                    .map(TlsFailure::reason).orElse(null);
            throw new NorthboundException(op.method() + " " + url + (why != null ? ": " + why
                    : " got no answer: " + rootMessage(e)), true, e);
        }
        traceHandshake();
        int status = response.getStatusCode();
        boolean success = op.expectStatus().isEmpty() ? status >= 200 && status < 300 : op.expectStatus().contains(status);
        String body = response.asString();
        Map<String, JsonNode> extracted = new LinkedHashMap<>();
        Map<String, List<Map<String, JsonNode>>> items = new LinkedHashMap<>();
        if (success && !op.extract().isEmpty()) {
            JsonNode document = parse(body, op.method() + " " + url);
            op.extract().forEach((name, path) -> {
                JsonNode found = JsonPath.using(JSON_PATH).parse(document).read(path);
                extracted.put(name, found == null || found.isNull() ? null : found);
            });
            op.fields().forEach((name, fieldPaths) -> items.put(name, items(extracted.get(name), fieldPaths)));
        }
        return new NorthboundResponse(status, body, extracted, items, success);
    }

    /** Traces a TLS handshake made since the last one traced (HttpClient reuses connections, so not every call has one). */
    private void traceHandshake() {
        tlsObservation.handshake().filter(h -> h != tracedHandshake).ifPresent(h -> {
            tracedHandshake = h;
            trace.received("https", "TLS-HANDSHAKE", api.baseUrl(), MessageTrace.attributes("protocol", h.protocol(),
                    "cipherSuite", h.cipherSuite(), "server", String.valueOf(h.peer()), "verifyHostname",
                    String.valueOf(api.tls().verifyHostname())), "");
        });
    }

    private static List<Map<String, JsonNode>> items(JsonNode list, Map<String, String> fieldPaths) {
        List<Map<String, JsonNode>> items = new ArrayList<>();
        if (list == null || !list.isArray()) {
            return items;
        }
        for (JsonNode item : list) {
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            fieldPaths.forEach((field, path) -> {
                JsonNode found = JsonPath.using(JSON_PATH).parse(item).read(path);
                fields.put(field, found == null || found.isNull() ? null : found);
            });
            items.add(fields);
        }
        return items;
    }

    /** The JsonPaths of the operation's secret results, which the trace masks in the response. */
    private static List<String> secretPaths(NorthboundOperation op) {
        List<String> paths = new ArrayList<>();
        op.extract().forEach((name, path) -> {
            if (NorthboundApi.SECRET_RESULTS.contains(name)) {
                paths.add(path);
            }
        });
        return paths;
    }

    private void remember(Secret secret) {
        String value = secret.reveal();
        if (value != null && !value.isEmpty() && !secretValues.contains(value)) {
            secretValues.add(value);
            String encoded = form(value);
            if (!encoded.equals(value)) {
                secretValues.add(encoded);
            }
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode parse(String body, String what) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null) {
                throw new NorthboundException(what + " answered an empty body where JSON was expected", true, null);
            }
            return node;
        } catch (JsonProcessingException e) {
            String quoted = body.length() > 200 ? body.substring(0, 200) + "…" : body;
            throw new NorthboundException(what + " answered a body that is not JSON: '" + quoted + "'", true, e);
        }
    }

    /** Replaces {@code {name}} placeholders of a path, URL-encoding each value. */
    private static String fillPath(String template, Map<String, String> variables) {
        String result = template;
        for (Map.Entry<String, String> v : variables.entrySet()) {
            result = result.replace("{" + v.getKey() + "}", URLEncoder.encode(v.getValue(), StandardCharsets.UTF_8));
        }
        return result;
    }

    /**
     * The entries of a query, header or form template with their placeholders filled; an entry
     * naming a variable the call does not have is left out.
     */
    private static Map<String, String> filled(Map<String, String> templates, Map<String, String> variables) {
        Map<String, String> result = new LinkedHashMap<>();
        templates.forEach((name, template) -> {
            Matcher m = PLACEHOLDER.matcher(template);
            StringBuilder value = new StringBuilder();
            boolean complete = true;
            while (m.find()) {
                String variable = variables.get(m.group(1));
                if (variable == null) {
                    complete = false;
                    break;
                }
                m.appendReplacement(value, Matcher.quoteReplacement(variable));
            }
            if (complete) {
                m.appendTail(value);
                result.put(name, value.toString());
            }
        });
        return result;
    }

    private static String encoded(Map<String, String> templates, Map<String, String> variables, Map<String, String> extra) {
        StringJoiner joined = new StringJoiner("&");
        filled(templates, variables).forEach((name, value) -> joined.add(form(name) + "=" + form(value)));
        extra.forEach((name, value) -> joined.add(form(name) + "=" + form(value)));
        return joined.toString();
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
