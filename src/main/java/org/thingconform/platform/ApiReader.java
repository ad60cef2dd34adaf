package org.thingconform.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thingconform.profile.Fields;
import org.thingconform.protocol.tls.TlsSettings;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.LocatedDocument;

/**
 * Reads a descriptor's HTTP APIs ({@code northbound}, {@code interconnection}): base URL, TLS,
 * authentication, push signing, and the operations as declarative requests with JsonPath
 * extractions, each checked where it stands in the file.
 */
final class ApiReader {

    private final LocatedDocument document;
    private final SecretReader secrets;
    private final TlsReader tls;

    ApiReader(LocatedDocument document, SecretReader secrets, TlsReader tls) {
        this.document = document;
        this.secrets = secrets;
        this.tls = tls;
    }

    /** The API under {@code key} ({@code northbound} or {@code interconnection}) with its operations. */
    NorthboundApi api(Fields top, String key, Set<String> operationNames) {
        Fields f = Fields.of(document, top.child(key), top.requiredObject(key,
                "{baseUrl, auth, operations}"), key, key.equals("interconnection")
                        ? Set.of("baseUrl", "bearerToken", "auth", "operations", "push", "tls", "callback")
                        : Set.of("baseUrl", "bearerToken", "auth", "operations", "tls"));
        String baseUrl = Urls.httpUrl(f, "baseUrl", "https://iot.example.com/api");
        TlsSettings settings = tls.forUrl(f, baseUrl);
        if (f.has("bearerToken") && f.has("auth")) {
            throw f.error("auth", "both 'bearerToken' and 'auth' are given", "one of them: bearerToken is short for "
                    + "auth: {style: bearer, token: …}");
        }
        ApiAuth auth = f.has("bearerToken") ? new ApiAuth.StaticBearer(secrets.secret(f, "bearerToken"))
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
        return new NorthboundApi(baseUrl, auth, operations, f.has("push") ? Optional.of(push(f)) : Optional.empty(),
                settings, f.has("callback") ? callback(f) : null);
    }

    /**
     * {@code callback: {bind, port, publicUrl, tls}} of the interconnection API: where the peer's push
     * receiver listens, the URL the platform is told to call, and its server certificate for HTTPS
     * (read like a client certificate: PKCS#12, or PEM certificate and key).
     */
    private CallbackSettings callback(Fields api) {
        Fields f = Fields.of(document, api.child("callback"), api.requiredObject("callback",
                "{bind: ADDRESS, port: N, publicUrl: URL, tls: {certificate: FILE, key: FILE}}"), "callback",
                Set.of("bind", "port", "publicUrl", "tls"));
        String bind = f.optionalText("bind", CallbackSettings.LOOPBACK.bind());
        if (bind.chars().anyMatch(Character::isWhitespace) || bind.contains("/")) {
            throw f.error("bind", "'" + bind + "' is not an address", "an address of this machine to listen on, "
                    + "e.g. 0.0.0.0 (every interface), 192.0.2.10 or 127.0.0.1 (the default)");
        }
        Integer port = f.optionalInt("port");
        if (port != null && (port < 0 || port > 65535)) {
            throw f.error("port", "port " + port + " is not a TCP port", "0 (a free port, the default) or 1-65535");
        }
        String publicUrl = null;
        if (f.has("publicUrl")) {
            publicUrl = Urls.httpUrl(f, "publicUrl", "https://callbacks.lab.example.com/thingconform");
            URI uri = URI.create(publicUrl);
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw f.error("publicUrl", "'" + publicUrl + "' has a query or fragment, but the receiver's paths "
                        + "(/callbacks/<name>) are appended to it", "a base URL such as https://callbacks.lab.example.com/tc");
            }
        } else if (CallbackSettings.WILDCARDS.contains(bind)) {
            throw f.error("bind", "bind " + bind + " listens on every interface, so it names no address the platform "
                    + "could call", "publicUrl: the URL the platform reaches this machine by, e.g. "
                    + "http://192.0.2.10:8443 (or bind one interface address)");
        }
        return new CallbackSettings(bind, port == null ? 0 : port, publicUrl,
                f.has("tls") ? tls.clientKey(f, "tls") : null, f.location().toString());
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
        return new PushSettings(secrets.secret(f, "secret"), header, f.optionalText("signaturePrefix", ""), fields);
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
            case "bearer" -> new ApiAuth.StaticBearer(secrets.secret(f, "token"));
            case "clientCredentials" -> {
                String method = f.optionalText("clientAuthentication", "client_secret_basic");
                ApiAuth.ClientAuthentication how = switch (method) {
                    case "client_secret_basic" -> ApiAuth.ClientAuthentication.CLIENT_SECRET_BASIC;
                    case "client_secret_post" -> ApiAuth.ClientAuthentication.CLIENT_SECRET_POST;
                    default -> throw f.error("clientAuthentication", "unknown client authentication '" + method + "'",
                            "client_secret_basic or client_secret_post");
                };
                yield new ApiAuth.ClientCredentials(f.requiredText("clientId", "the peer's client id"),
                        secrets.secret(f, "clientSecret"), how);
            }
            case "apiKey" -> new ApiAuth.ApiKey(f.requiredText("header", "the header carrying the key, e.g. X-Api-Key"),
                    secrets.secret(f, "key"));
            default -> new ApiAuth.Basic(f.requiredText("username", "the user name"), secrets.secret(f, "password"));
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

}
