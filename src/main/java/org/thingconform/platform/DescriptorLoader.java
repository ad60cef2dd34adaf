package org.thingconform.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.thingconform.profile.Fields;
import org.thingconform.protocol.tls.TlsSettings;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.Warnings;

/**
 * Loads a platform descriptor YAML file (the IXIT) into a {@link PlatformDescriptor}.
 * Secrets are never written inline: each is {@code {env: NAME}} or {@code {file: PATH}}
 * and read at load time ({@link SecretReader}). Endpoints may name any host; TLS settings
 * are read by {@link TlsReader}, the HTTP APIs by {@link ApiReader}, the devices by {@link DeviceReader}. Validation loads a
 * descriptor without its secrets at hand: then a secret that cannot be read is a warning,
 * and its value is empty.
 */
public final class DescriptorLoader {

    private final LocatedDocument document;
    private final SecretReader secrets;
    private final TlsReader tls;

    private DescriptorLoader(LocatedDocument document, Function<String, String> environment, Warnings unreadableSecrets) {
        this.document = document;
        this.secrets = new SecretReader(document, environment, unreadableSecrets);
        this.tls = new TlsReader(document, secrets);
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
                Set.of("name", "version", "mqtt", "coap", "http", "northbound", "interconnection", "devices", "ics", "ixit", "wot",
                        "tls", "maxConcurrency", "lwm2m"));
        tls.defaults(top);
        WotThings wot = wot(top);
        // a WoT servient or an LwM2M server alone has no MQTT broker; a broker alone has no northbound API or devices
        boolean wotOnly = (wot != null || top.has("lwm2m")) && !top.has("mqtt") && !top.has("northbound");
        Fields mqtt = wotOnly ? null : Fields.of(document, top.child("mqtt"), top.requiredObject("mqtt", "{host, port}"),
                "mqtt", Set.of("host", "port", "username", "password", "tls"));
        Endpoint mqttEndpoint = wotOnly ? null : endpoint(mqtt, "a TCP port 1-65535, e.g. 8883 for MQTT over TLS", "tls");
        MqttAccount account = wotOnly ? null : mqttAccount(mqtt);
        DeviceReader devices = new DeviceReader(document, secrets, tls).read(top);
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
        ApiReader apis = new ApiReader(document, secrets, tls);
        Optional<NorthboundApi> interconnection = top.has("interconnection")
                ? Optional.of(apis.api(top, "interconnection", NorthboundApi.INTERCONNECTION_OPERATIONS))
                : Optional.empty();
        return new PlatformDescriptor(top.requiredText("name", "a name for reports"), mqttEndpoint,
                top.has("northbound") ? apis.api(top, "northbound", NorthboundApi.OPERATIONS) : null, interconnection,
                devices.devices(), ics, ixit, coap(top), http(top), wot, account, tls.defaults(),
                top.optionalText("version", null), maxConcurrency(top), devices.pools(),
                top.has("lwm2m") ? new Lwm2mReader(document, apis, this::endpoint).read(top) : null);
    }

    /** How many clauses may run against the platform at once, at least 1; null when the descriptor sets no limit. */
    private Integer maxConcurrency(Fields top) {
        Integer max = top.optionalInt("maxConcurrency");
        if (max != null && max < 1) {
            throw top.error("maxConcurrency", "maxConcurrency " + max + " would let no clause run",
                    "how many clauses may run against the platform at once, at least 1");
        }
        return max;
    }

    /**
     * An endpoint {@code {host, port, tls|dtls}} (MQTT, CoAP) on any host; {@code portExpected} says what a
     * port is there; the endpoint is secured when its {@code securityKey} block is present.
     */
    private Endpoint endpoint(Fields f, String portExpected, String securityKey) {
        String host = f.requiredText("host", "a host name or address, e.g. broker.example.com");
        if (host.isBlank() || host.chars().anyMatch(Character::isWhitespace) || host.contains("/")) {
            throw f.error("host", "'" + host + "' is not a host name or address",
                    "a host name such as broker.example.com, or an address such as 192.0.2.10 or ::1");
        }
        Integer port = f.optionalInt("port");
        if (port == null || port < 1 || port > 65535) {
            throw f.error("port", "missing or invalid port", portExpected);
        }
        TlsSettings settings = f.has(securityKey) ? tls.settings(f, securityKey) : null;
        return new Endpoint(host, port, settings);
    }

    /** The optional WoT section {@code wot: {things: {role: tdUrl}}}, http(s) URLs on any host. */
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
        roles.forEach(role -> things.put(role, Urls.httpUrl(thingsField, role, "https://things.example.com/lamp")));
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
        return new MqttAccount(username, secrets.secret(mqtt, "password"));
    }

    /** The optional CoAP endpoint {@code coap: {host, port, dtls}}. */
    private Endpoint coap(Fields top) {
        if (!top.has("coap")) {
            return null;
        }
        return endpoint(Fields.of(document, top.child("coap"), top.requiredObject("coap", "{host, port}"), "coap",
                Set.of("host", "port", "dtls")), "a UDP port 1-65535, e.g. 5683, or 5684 for CoAP over DTLS", "dtls");
    }

    /** The optional HTTP device endpoint {@code http: {baseUrl}}; an https URL uses the descriptor-wide TLS settings. */
    private String http(Fields top) {
        if (!top.has("http")) {
            return null;
        }
        Fields http = Fields.of(document, top.child("http"), top.requiredObject("http", "{baseUrl}"), "http",
                Set.of("baseUrl"));
        return Urls.httpUrl(http, "baseUrl", "https://devices.example.com");
    }
}
