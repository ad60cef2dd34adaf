package org.thingconform.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import com.jayway.jsonpath.JsonPath;
import org.thingconform.profile.Fields;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.InputProblem;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.Warnings;

/**
 * Loads a platform descriptor YAML file (the IXIT) into a {@link PlatformDescriptor}.
 * Secrets are never written inline: each is {@code {env: NAME}} or {@code {file: PATH}}
 * and read at load time. Hosts must be loopback addresses (this build only ever talks
 * to the machine it runs on). Validation loads a descriptor without its secrets at hand:
 * then a secret that cannot be read is a warning, and its value is empty.
 */
public final class DescriptorLoader {

    private final LocatedDocument document;
    private final Function<String, String> environment;
    private final Warnings unreadableSecrets;

    private DescriptorLoader(LocatedDocument document, Function<String, String> environment, Warnings unreadableSecrets) {
        this.document = document;
        this.environment = environment;
        this.unreadableSecrets = unreadableSecrets;
    }

    public static PlatformDescriptor load(Path file) {
        return load(file, System::getenv);
    }

    /** Loads with an explicit environment, for tests. */
    public static PlatformDescriptor load(Path file, Function<String, String> environment) {
        return new DescriptorLoader(DocumentReader.read(file), environment, null).descriptor();
    }

    /**
     * Loads for validation: a secret whose environment variable is unset or whose file cannot
     * be read is reported to {@code unreadableSecrets} (a run would fail, the file is fine) and
     * left empty, instead of stopping the load.
     */
    public static PlatformDescriptor load(Path file, Function<String, String> environment, Warnings unreadableSecrets) {
        return new DescriptorLoader(DocumentReader.read(file), environment, unreadableSecrets).descriptor();
    }

    private PlatformDescriptor descriptor() {
        Fields top = Fields.of(document, "", document.root(), "a platform descriptor",
                Set.of("name", "mqtt", "coap", "http", "northbound", "interconnection", "devices", "ics", "ixit", "wot"));
        WotThings wot = wot(top);
        // a WoT servient alone has no MQTT broker; a broker alone has no northbound API or registered devices
        boolean wotOnly = wot != null && !top.has("mqtt") && !top.has("northbound");
        Fields mqtt = wotOnly ? null : Fields.of(document, top.child("mqtt"), top.requiredObject("mqtt", "{host, port}"),
                "mqtt", Set.of("host", "port", "username", "password"));
        Endpoint mqttEndpoint = wotOnly ? null : endpoint(mqtt, "a TCP port 1-65535");
        MqttAccount account = wotOnly ? null : mqttAccount(mqtt);
        Map<String, DeviceIdentity> devices = new LinkedHashMap<>();
        if (top.has("devices")) {
            top.requiredObject("devices", "device role → {productKey, deviceName, deviceSecret}").fields()
                    .forEachRemaining(e -> {
                        Fields d = Fields.of(document, top.child("devices") + "/" + e.getKey(), e.getValue(),
                                "device '" + e.getKey() + "'", Set.of("productKey", "deviceName", "deviceSecret", "peerId"));
                        devices.put(e.getKey(), new DeviceIdentity(d.requiredText("productKey", "the product key"),
                                d.requiredText("deviceName", "the device name"), secret(d, "deviceSecret"),
                                d.optionalText("peerId", null)));
                    });
        }
        Map<String, Boolean> ics = new LinkedHashMap<>();
        if (top.has("ics")) {
            top.requiredObject("ics", "ICS item → true/false").fields().forEachRemaining(e -> {
                if (!e.getValue().isBoolean()) {
                    throw document.error(top.child("ics") + "/" + e.getKey(), "ICS answer must be true or false",
                            "true or false");
                }
                ics.put(e.getKey(), e.getValue().booleanValue());
            });
        }
        Map<String, JsonNode> ixit = new LinkedHashMap<>();
        if (top.has("ixit")) {
            top.requiredObject("ixit", "parameter name → value").fields()
                    .forEachRemaining(e -> ixit.put(e.getKey(), e.getValue()));
        }
        Optional<NorthboundApi> interconnection = top.has("interconnection")
                ? Optional.of(api(top, "interconnection", NorthboundApi.INTERCONNECTION_OPERATIONS))
                : Optional.empty();
        return new PlatformDescriptor(top.requiredText("name", "a name for reports"), mqttEndpoint,
                top.has("northbound") ? api(top, "northbound", NorthboundApi.OPERATIONS) : null, interconnection, devices,
                ics, ixit, coap(top), http(top), wot, account);
    }

    /** An endpoint {@code {host, port}} (MQTT, CoAP), loopback only; {@code portExpected} says what a port is there. */
    private Endpoint endpoint(Fields f, String portExpected) {
        String host = f.requiredText("host", "a loopback host such as 127.0.0.1");
        requireLoopback(host, f, "host");
        Integer port = f.optionalInt("port");
        if (port == null || port < 1 || port > 65535) {
            throw f.error("port", "missing or invalid port", portExpected);
        }
        return new Endpoint(host, port);
    }

    /** The optional WoT section {@code wot: {things: {role: tdUrl}}}, loopback http(s) URLs only. */
    private WotThings wot(Fields top) {
        if (!top.has("wot")) {
            return null;
        }
        Fields wot = Fields.of(document, top.child("wot"), top.requiredObject("wot", "{things: {role: tdUrl}}"), "wot",
                Set.of("things"));
        var node = wot.requiredObject("things", "thing role → URL of its Thing Description");
        Set<String> roles = new java.util.LinkedHashSet<>();
        node.fieldNames().forEachRemaining(roles::add);
        Fields thingsField = Fields.of(document, wot.child("things"), node, "things", roles);
        Map<String, String> things = new LinkedHashMap<>();
        roles.forEach(role -> things.put(role, httpUrl(thingsField, role, "http://127.0.0.1:8080/lamp")));
        if (things.isEmpty()) {
            throw wot.error("things", "no Thing is named", "at least one thing role → TD URL, e.g. lamp: "
                    + "http://127.0.0.1:8080/lamp");
        }
        return new WotThings(things);
    }

    /**
     * The optional plain-client account {@code mqtt: {username, password: {env|file}}} of a broker that
     * wants credentials; both or neither.
     */
    private MqttAccount mqttAccount(Fields mqtt) {
        if (!mqtt.has("username") && !mqtt.has("password")) {
            return null;
        }
        String username = mqtt.requiredText("username", "the user name plain MQTT clients connect with");
        if (!mqtt.has("password")) {
            throw mqtt.error(null, "'username' is given without 'password'", "password: {env: VARIABLE} or {file: path}");
        }
        return new MqttAccount(username, secret(mqtt, "password"));
    }

    /** The optional CoAP endpoint {@code coap: {host, port}}, loopback only. */
    private Endpoint coap(Fields top) {
        if (!top.has("coap")) {
            return null;
        }
        return endpoint(Fields.of(document, top.child("coap"), top.requiredObject("coap", "{host, port}"), "coap",
                Set.of("host", "port")), "a UDP port 1-65535, e.g. 5683");
    }

    /** The optional HTTP device endpoint {@code http: {baseUrl}}, loopback only. */
    private String http(Fields top) {
        if (!top.has("http")) {
            return null;
        }
        Fields http = Fields.of(document, top.child("http"), top.requiredObject("http", "{baseUrl}"), "http",
                Set.of("baseUrl"));
        return httpUrl(http, "baseUrl", "http://127.0.0.1:8081");
    }

    private static String httpUrl(Fields f, String key, String example) {
        String baseUrl = f.requiredText(key, "an http URL such as " + example);
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            throw f.error(key, "'" + baseUrl + "' is not a URL", "an http URL such as " + example);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw f.error(key, "'" + baseUrl + "' is not an http(s) URL with a host", example);
        }
        requireLoopback(uri.getHost(), f, key);
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The API under {@code key} ({@code northbound} or {@code interconnection}) with its operations. */
    private NorthboundApi api(Fields top, String key, Set<String> operationNames) {
        Fields f = Fields.of(document, top.child(key), top.requiredObject(key,
                "{baseUrl, auth, operations}"), key, key.equals("interconnection")
                        ? Set.of("baseUrl", "bearerToken", "auth", "operations", "push")
                        : Set.of("baseUrl", "bearerToken", "auth", "operations"));
        String baseUrl = httpUrl(f, "baseUrl", "http://127.0.0.1:8080");
        if (f.has("bearerToken") && f.has("auth")) {
            throw f.error("auth", "both 'bearerToken' and 'auth' are given", "one of them: bearerToken is short for "
                    + "auth: {style: bearer, token: …}");
        }
        ApiAuth auth = f.has("bearerToken") ? new ApiAuth.StaticBearer(secret(f, "bearerToken"))
                : f.has("auth") ? auth(f) : new ApiAuth.None();
        Map<String, NorthboundOperation> operations = new LinkedHashMap<>();
        String expectedOperations = "operation name → {method, path, query, headers, form, body, extract, fields}";
        Fields.of(document, f.child("operations"), f.requiredObject("operations", expectedOperations),
                key + " operations", operationNames);
        f.requiredObject("operations", expectedOperations).fields().forEachRemaining(e ->
                operations.put(e.getKey(), operation(Fields.of(document, f.child("operations") + "/"
                        + DocumentReader.escape(e.getKey()), e.getValue(), "operation '" + e.getKey() + "'",
                        Set.of("method", "path", "query", "headers", "form", "body", "extract", "fields",
                                "expectStatus")))));
        if (auth instanceof ApiAuth.ClientCredentials && !operations.containsKey("getToken")) {
            throw f.error("operations", "auth style clientCredentials needs a 'getToken' operation (the token endpoint)",
                    "getToken: {method: POST, path: …, form: {grant_type: client_credentials}, "
                            + "extract: {accessToken: $.access_token}}");
        }
        return new NorthboundApi(baseUrl, auth, operations, f.has("push") ? Optional.of(push(f)) : Optional.empty());
    }

    /** {@code push: {secret, signatureHeader, signaturePrefix, fields}} of the interconnection API. */
    private PushSettings push(Fields api) {
        Fields f = Fields.of(document, api.child("push"), api.requiredObject("push",
                "{secret: {env: …}, signatureHeader: …, signaturePrefix: …, fields: {…}}"), "push",
                Set.of("secret", "signatureHeader", "signaturePrefix", "fields"));
        String header = f.requiredText("signatureHeader", "the header carrying the signature, e.g. X-Hub-Signature-256");
        if (!header.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
            throw f.error("signatureHeader", "'" + header + "' is not an HTTP header name", "e.g. X-Hub-Signature-256");
        }
        Map<String, String> fields = textMap(f, "fields", "push part → JsonPath");
        fields.forEach((name, jsonPath) -> {
            if (!PushSettings.FIELDS.contains(name)) {
                throw document.error(f.child("fields") + "/" + DocumentReader.escape(name) + "#key",
                        "unknown push part '" + name + "'", "one of " + PushSettings.FIELDS.stream().sorted().toList());
            }
            checkJsonPath(f.child("fields"), name, jsonPath);
        });
        return new PushSettings(secret(f, "secret"), header, f.optionalText("signaturePrefix", ""), fields);
    }

    private ApiAuth auth(Fields api) {
        Fields f = Fields.of(document, api.child("auth"), api.requiredObject("auth", "{style, …}"), "auth",
                Set.of("style", "token", "clientId", "clientSecret", "clientAuthentication", "header", "key", "username",
                        "password"));
        String style = f.requiredText("style", "bearer, clientCredentials, apiKey or basic");
        Set<String> allowed = switch (style) {
            case "bearer" -> Set.of("style", "token");
            case "clientCredentials" -> Set.of("style", "clientId", "clientSecret", "clientAuthentication");
            case "apiKey" -> Set.of("style", "header", "key");
            case "basic" -> Set.of("style", "username", "password");
            default -> throw f.error("style", "unknown auth style '" + style + "'",
                    "bearer, clientCredentials, apiKey or basic");
        };
        Fields.of(document, f.pointer(), f.node(), "auth style " + style, allowed);
        return switch (style) {
            case "bearer" -> new ApiAuth.StaticBearer(secret(f, "token"));
            case "clientCredentials" -> {
                String method = f.optionalText("clientAuthentication", "client_secret_basic");
                ApiAuth.ClientAuthentication how = switch (method) {
                    case "client_secret_basic" -> ApiAuth.ClientAuthentication.CLIENT_SECRET_BASIC;
                    case "client_secret_post" -> ApiAuth.ClientAuthentication.CLIENT_SECRET_POST;
                    default -> throw f.error("clientAuthentication", "unknown client authentication '" + method + "'",
                            "client_secret_basic or client_secret_post");
                };
                yield new ApiAuth.ClientCredentials(f.requiredText("clientId", "the peer's client id"),
                        secret(f, "clientSecret"), how);
            }
            case "apiKey" -> new ApiAuth.ApiKey(f.requiredText("header", "the header carrying the key, e.g. X-Api-Key"),
                    secret(f, "key"));
            default -> new ApiAuth.Basic(f.requiredText("username", "the user name"), secret(f, "password"));
        };
    }

    private NorthboundOperation operation(Fields op) {
        String method = op.requiredText("method", "GET, POST, PUT, PATCH or DELETE");
        if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
            throw op.error("method", "unknown HTTP method '" + method + "'", "GET, POST, PUT, PATCH or DELETE");
        }
        String path = op.requiredText("path", "a path template starting with /");
        if (!path.startsWith("/")) {
            throw op.error("path", "path '" + path + "' does not start with '/'", "a path template such as /devices/{deviceId}");
        }
        Map<String, String> extract = textMap(op, "extract", "result name → JsonPath");
        extract.forEach((name, jsonPath) -> checkJsonPath(op.child("extract"), name, jsonPath));
        Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        if (op.has("fields")) {
            op.requiredObject("fields", "list result name → {field: JsonPath}").fields().forEachRemaining(e -> {
                if (!extract.containsKey(e.getKey())) {
                    throw document.error(op.child("fields") + "/" + DocumentReader.escape(e.getKey()) + "#key",
                            "fields of '" + e.getKey() + "', which the operation does not extract",
                            "a result named under extract: " + extract.keySet().stream().sorted().toList());
                }
                String itemPointer = op.child("fields") + "/" + DocumentReader.escape(e.getKey());
                Map<String, String> paths = textMap(e.getValue(), itemPointer, "fields of '" + e.getKey() + "'",
                        "field name → JsonPath on one item");
                paths.forEach((name, jsonPath) -> checkJsonPath(itemPointer, name, jsonPath));
                fields.put(e.getKey(), paths);
            });
        }
        List<Integer> statuses = new ArrayList<>();
        JsonNode expect = op.node().get("expectStatus");
        if (expect != null && !expect.isNull()) {
            if (!expect.isArray()) {
                throw op.error("expectStatus", "'expectStatus' must be a list", "a list of HTTP status codes, e.g. [200, 202]");
            }
            for (int i = 0; i < expect.size(); i++) {
                JsonNode status = expect.get(i);
                if (!status.isIntegralNumber() || status.asInt() < 100 || status.asInt() > 599) {
                    throw document.error(op.child("expectStatus") + "/" + i, "'" + status + "' is not an HTTP status",
                            "a status code 100-599");
                }
                statuses.add(status.asInt());
            }
        }
        JsonNode body = op.node().get("body");
        Map<String, String> form = textMap(op, "form", "form parameter → value template");
        if (!form.isEmpty() && body != null && !body.isNull()) {
            throw op.error("form", "an operation sends either a form or a JSON body, not both", "form or body");
        }
        return new NorthboundOperation(method, path, textMap(op, "query", "query parameter → value template"),
                textMap(op, "headers", "header name → value template"), form, body, extract, fields, statuses);
    }

    /** A mapping of names to texts (numbers and booleans are read as their text). */
    private Map<String, String> textMap(Fields owner, String key, String expected) {
        return textMap(owner.node().get(key), owner.child(key), "'" + key + "'", expected);
    }

    private Map<String, String> textMap(JsonNode node, String pointer, String what, String expected) {
        Map<String, String> result = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return result;
        }
        if (!node.isObject()) {
            throw document.error(pointer, what + " must be a mapping", expected);
        }
        node.fields().forEachRemaining(e -> {
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw document.error(pointer + "/" + DocumentReader.escape(e.getKey()),
                        "'" + e.getKey() + "' must be a text", expected);
            }
            result.put(e.getKey(), e.getValue().asText());
        });
        return result;
    }

    private void checkJsonPath(String owner, String name, String jsonPath) {
        try {
            JsonPath.compile(jsonPath);
        } catch (RuntimeException e) {
            throw document.error(owner + "/" + DocumentReader.escape(name), "'" + jsonPath + "' is not a JsonPath: "
                    + e.getMessage(), "a Jayway JsonPath such as $.devices or $.page.next");
        }
    }

    private Secret secret(Fields owner, String key) {
        JsonNode node = owner.node().get(key);
        if (node == null || !node.isObject()) {
            throw owner.error(key, "'" + key + "' must name where the secret is, not hold it",
                    "{env: VARIABLE} or {file: path}");
        }
        Fields f = Fields.of(document, owner.child(key), node, "secret '" + key + "'", Set.of("env", "file"));
        if (f.has("env")) {
            String name = f.requiredText("env", "an environment variable name");
            String value = environment.apply(name);
            if (value == null || value.isEmpty()) {
                return unreadable(f, "env", "environment variable " + name + " is not set", "the secret in " + name);
            }
            return new Secret(value);
        }
        String path = f.requiredText("file", "a file holding the secret");
        Path file = document.file().resolveSibling(path);
        try {
            return new Secret(Files.readString(file).strip());
        } catch (IOException e) {
            return unreadable(f, "file", "cannot read secret file " + file, "a readable file holding the secret");
        }
    }

    /** Stops the load, or, when validating, warns and goes on with an empty secret. */
    private Secret unreadable(Fields secret, String key, String problem, String expected) {
        if (unreadableSecrets == null) {
            throw secret.error(key, problem, expected);
        }
        unreadableSecrets.warn(InputProblem.warning(document.locate(secret.child(key)),
                problem + ": fine for validation, but a run would stop here", expected));
        return new Secret("");
    }

    private static void requireLoopback(String host, Fields owner, String key) {
        boolean loopback;
        try {
            loopback = InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            loopback = false;
        }
        if (!loopback) {
            throw owner.error(key, "host '" + host + "' is not a loopback address",
                    "127.0.0.1, localhost or ::1 (this build only connects to the local machine)");
        }
    }
}
