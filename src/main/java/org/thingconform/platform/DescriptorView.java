package org.thingconform.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The platform descriptor as a plain tree for manifests and reports, with every secret
 * replaced by a mask. The only way a descriptor leaves the process.
 */
public final class DescriptorView {

    private DescriptorView() {
    }

    private static Map<String, Object> api(NorthboundApi api) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("baseUrl", api.baseUrl());
        if (api.tls() != null) {
            view.put("tls", api.tls().describe());
        }
        ApiAuth auth = api.auth();
        if (auth instanceof ApiAuth.StaticBearer) {
            view.put("bearerToken", Secret.MASK);
        } else if (auth instanceof ApiAuth.ClientCredentials c) {
            view.put("auth", Map.of("style", "clientCredentials", "clientId", c.clientId(), "clientSecret", Secret.MASK,
                    "clientAuthentication", c.method().wireName()));
        } else if (auth instanceof ApiAuth.ApiKey k) {
            view.put("auth", Map.of("style", "apiKey", "header", k.header(), "key", Secret.MASK));
        } else if (auth instanceof ApiAuth.Basic b) {
            view.put("auth", Map.of("style", "basic", "username", b.username(), "password", Secret.MASK));
        }
        Map<String, Object> operations = new TreeMap<>();
        api.operations().forEach((name, op) -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("method", op.method());
            o.put("path", op.path());
            if (!op.query().isEmpty()) {
                o.put("query", new TreeMap<>(op.query()));
            }
            o.put("extract", new TreeMap<>(op.extract()));
            operations.put(name, o);
        });
        view.put("operations", operations);
        api.push().ifPresent(push -> view.put("push", new TreeMap<>(Map.of("secret", Secret.MASK,
                "signatureHeader", push.signatureHeader(), "signaturePrefix", push.signaturePrefix(),
                "fields", new TreeMap<>(push.fields())))));
        return view;
    }

    /** Where the peer's push receiver listens and what it announces; the certificate by its subject, never its key. */
    private static Map<String, Object> callback(CallbackSettings callback) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("bind", callback.bind());
        view.put("port", callback.port());
        view.put("publicUrl", callback.publicUrl() == null ? "the bound address" : callback.publicUrl());
        view.put("tls", callback.secure() ? "https with certificate " + callback.certificate().subject() : "none (http)");
        return view;
    }

    /** An endpoint {@code {host, port}} with how it is secured, by its TLS settings' description (no key material). */
    private static Map<String, Object> endpoint(Endpoint endpoint, String securityKey) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("host", endpoint.host());
        view.put("port", endpoint.port());
        if (endpoint.secure()) {
            view.put(securityKey, endpoint.tls().describe());
        }
        return view;
    }

    public static Map<String, Object> masked(PlatformDescriptor descriptor) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", descriptor.name());
        if (descriptor.version() != null) {
            view.put("version", descriptor.version());
        }
        if (descriptor.maxConcurrency() != null) {
            view.put("maxConcurrency", descriptor.maxConcurrency());
        }
        view.put("tls", descriptor.tls().describe());
        if (descriptor.mqtt() != null) {
            Map<String, Object> mqtt = endpoint(descriptor.mqtt(), "tls");
            if (descriptor.mqttAccount() != null) {
                mqtt.put("username", descriptor.mqttAccount().username());
                mqtt.put("password", Secret.MASK);
            }
            view.put("mqtt", mqtt);
        }
        if (descriptor.coap() != null) {
            view.put("coap", endpoint(descriptor.coap(), "dtls"));
        }
        if (descriptor.http() != null) {
            view.put("http", Map.of("baseUrl", descriptor.http()));
        }
        if (descriptor.northbound() != null) {
            view.put("northbound", api(descriptor.northbound()));
        }
        descriptor.interconnection().ifPresent(api -> {
            Map<String, Object> interconnection = api(api);
            interconnection.put("callback", callback(api.callback()));
            view.put("interconnection", interconnection);
        });
        Map<String, Object> devices = new TreeMap<>();
        descriptor.devices().forEach((role, d) -> {
            Map<String, Object> device = new TreeMap<>(Map.of("productKey", d.productKey(),
                    "deviceName", d.deviceName()));
            if (d.deviceSecret() != null) {
                device.put("deviceSecret", Secret.MASK);
            }
            if (d.certificate() != null) {
                device.put("certificate", d.certificate().subject());
            }
            if (d.psk() != null) {
                device.put("psk", Map.of("identity", Secret.MASK, "key", Secret.MASK));
            }
            d.peer().ifPresent(id -> device.put("peerId", id));
            List<DeviceIdentity> pool = descriptor.pools().getOrDefault(role, List.of());
            if (!pool.isEmpty()) {
                device.put("pool", pool.stream().map(more -> more.productKey() + "/" + more.deviceName()).toList());
            }
            devices.put(role, device);
        });
        view.put("devices", devices);
        view.put("ics", new TreeMap<>(descriptor.ics()));
        Map<String, Object> ixit = new TreeMap<>();
        descriptor.ixit().forEach((name, value) -> ixit.put(name, value.isValueNode() ? value.asText() : value.toString()));
        view.put("ixit", ixit);
        if (descriptor.wot() != null) {
            view.put("wot", Map.of("things", new TreeMap<>(descriptor.wot().things())));
        }
        return view;
    }
}
