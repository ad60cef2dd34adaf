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
                Set.of("name", "mqtt", "coap", "http", "northbound", "devices", "ics", "ixit"));
        Fields mqtt = Fields.of(document, top.child("mqtt"), top.requiredObject("mqtt", "{host, port}"), "mqtt",
                Set.of("host", "port"));
        String host = mqtt.requiredText("host", "a loopback host such as 127.0.0.1");
        requireLoopback(host, mqtt, "host");
        Integer port = mqtt.optionalInt("port");
        if (port == null || port < 1 || port > 65535) {
            throw mqtt.error("port", "missing or invalid port", "a TCP port 1-65535");
        }
        Map<String, DeviceIdentity> devices = new LinkedHashMap<>();
        top.requiredObject("devices", "device role → {productKey, deviceName, deviceSecret}").fields()
                .forEachRemaining(e -> {
                    Fields d = Fields.of(document, top.child("devices") + "/" + e.getKey(), e.getValue(),
                            "device '" + e.getKey() + "'", Set.of("productKey", "deviceName", "deviceSecret"));
                    devices.put(e.getKey(), new DeviceIdentity(d.requiredText("productKey", "the product key"),
                            d.requiredText("deviceName", "the device name"), secret(d, "deviceSecret")));
                });
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
        return new PlatformDescriptor(top.requiredText("name", "a name for reports"), new Endpoint(host, port),
                northbound(top), devices, ics, ixit, coap(top), http(top));
    }

    /** The optional CoAP endpoint {@code coap: {host, port}}, loopback only. */
    private Endpoint coap(Fields top) {
        if (!top.has("coap")) {
            return null;
        }
        Fields coap = Fields.of(document, top.child("coap"), top.requiredObject("coap", "{host, port}"), "coap",
                Set.of("host", "port"));
        String host = coap.requiredText("host", "a loopback host such as 127.0.0.1");
        requireLoopback(host, coap, "host");
        Integer port = coap.optionalInt("port");
        if (port == null || port < 1 || port > 65535) {
            throw coap.error("port", "missing or invalid port", "a UDP port 1-65535, e.g. 5683");
        }
        return new Endpoint(host, port);
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

    private NorthboundApi northbound(Fields top) {
        Fields f = Fields.of(document, top.child("northbound"), top.requiredObject("northbound",
                "{baseUrl, bearerToken, operations}"), "northbound", Set.of("baseUrl", "bearerToken", "operations"));
        String baseUrl = f.requiredText("baseUrl", "an http URL such as http://127.0.0.1:8080");
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            throw f.error("baseUrl", "'" + baseUrl + "' is not a URL", "an http URL such as http://127.0.0.1:8080");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw f.error("baseUrl", "'" + baseUrl + "' is not an http(s) URL with a host", "http://127.0.0.1:8080");
        }
        requireLoopback(uri.getHost(), f, "baseUrl");
        Optional<Secret> token = f.has("bearerToken") ? Optional.of(secret(f, "bearerToken")) : Optional.empty();
        Map<String, NorthboundOperation> operations = new LinkedHashMap<>();
        Fields.of(document, f.child("operations"), f.requiredObject("operations",
                "operation name → {method, path, body, extract}"), "northbound operations", NorthboundApi.OPERATIONS);
        f.requiredObject("operations", "operation name → {method, path, body, extract}").fields().forEachRemaining(e -> {
            Fields op = Fields.of(document, f.child("operations") + "/" + e.getKey(), e.getValue(),
                    "operation '" + e.getKey() + "'", Set.of("method", "path", "body", "extract", "expectStatus"));
            String method = op.requiredText("method", "GET, POST, PUT, PATCH or DELETE");
            if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                throw op.error("method", "unknown HTTP method '" + method + "'", "GET, POST, PUT, PATCH or DELETE");
            }
            Map<String, String> extract = new LinkedHashMap<>();
            if (op.has("extract")) {
                op.requiredObject("extract", "result name → JsonPath").fields()
                        .forEachRemaining(x -> extract.put(x.getKey(), x.getValue().asText()));
            }
            List<Integer> statuses = new ArrayList<>();
            JsonNode expect = op.node().get("expectStatus");
            if (expect != null && expect.isArray()) {
                expect.forEach(s -> statuses.add(s.asInt()));
            }
            operations.put(e.getKey(), new NorthboundOperation(method, op.requiredText("path", "a path template"),
                    op.node().get("body"), extract, statuses));
        });
        return new NorthboundApi(baseUrl, token, operations);
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
