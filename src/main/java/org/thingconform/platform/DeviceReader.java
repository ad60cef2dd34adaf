package org.thingconform.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thingconform.profile.Fields;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.LocatedDocument;

/**
 * Reads a descriptor's {@code devices} section: each profile device role's device (product key,
 * device name, and how it signs in) and the role's optional {@code pool} of more devices, so tests
 * can run side by side each with a device of its own. A pool is a list of devices (each inherits the
 * role's product key when it names none), or a pattern {@code {count, first, deviceName, …}} whose
 * texts say {@code {n}} (or {@code {n:3}}, zero-padded to 3 digits) where the device's number goes.
 */
final class DeviceReader {

    private static final Set<String> DEVICE_KEYS = Set.of("productKey", "deviceName", "deviceSecret", "peerId",
            "certificate", "psk");
    private static final Pattern NUMBER = Pattern.compile("\\{n(?::(\\d))?}");
    private static final int MAX_POOL = 10_000;

    private final LocatedDocument document;
    private final SecretReader secrets;
    private final TlsReader tls;
    private final Map<String, DeviceIdentity> devices = new LinkedHashMap<>();
    private final Map<String, List<DeviceIdentity>> pools = new LinkedHashMap<>();

    DeviceReader(LocatedDocument document, SecretReader secrets, TlsReader tls) {
        this.document = document;
        this.secrets = secrets;
        this.tls = tls;
    }

    /** Reads the {@code devices} section of {@code top}, when it has one. */
    DeviceReader read(Fields top) {
        if (top.has("devices")) {
            top.requiredObject("devices", "device role → {productKey, deviceName, deviceSecret}").fields()
                    .forEachRemaining(e -> role(top.child("devices") + "/" + DocumentReader.escape(e.getKey()),
                            e.getKey(), e.getValue()));
        }
        return this;
    }

    /** Profile device role → its device. */
    Map<String, DeviceIdentity> devices() {
        return devices;
    }

    /** Profile device role → the more devices of its pool (roles without a pool are absent). */
    Map<String, List<DeviceIdentity>> pools() {
        return pools;
    }

    private void role(String pointer, String role, JsonNode node) {
        Set<String> keys = new HashSet<>(DEVICE_KEYS);
        keys.add("pool");
        Fields d = Fields.of(document, pointer, node, "device '" + role + "'", keys);
        DeviceIdentity device = device(d, role, null);
        devices.put(role, device);
        if (d.has("pool")) {
            List<DeviceIdentity> pool = d.node().get("pool").isArray()
                    ? listed(d, role, device.productKey()) : patterned(d, role, device.productKey());
            Set<String> names = new HashSet<>();
            names.add(device.productKey() + "/" + device.deviceName());
            for (DeviceIdentity more : pool) {
                if (!names.add(more.productKey() + "/" + more.deviceName())) {
                    throw d.error("pool", "device '" + more.deviceName() + "' stands twice for role '" + role + "'",
                            "a different device name for every device of the role (two tests side by side must not "
                                    + "share a device)");
                }
            }
            pools.put(role, pool);
        }
    }

    /** A pool given as a list of devices. */
    private List<DeviceIdentity> listed(Fields role, String name, String productKey) {
        JsonNode list = role.node().get("pool");
        if (list.isEmpty()) {
            throw role.error("pool", "the pool of device '" + name + "' is empty",
                    "a list of devices {deviceName, deviceSecret|certificate}, or {count, deviceName: \"…{n}…\", …}");
        }
        List<DeviceIdentity> pool = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Fields item = Fields.of(document, role.child("pool") + "/" + i, list.get(i),
                    "device " + (i + 1) + " of the pool of '" + name + "'", DEVICE_KEYS);
            pool.add(device(item, name, productKey));
        }
        return pool;
    }

    /** A pool given as a pattern: {@code count} devices numbered from {@code first} (default 1). */
    private List<DeviceIdentity> patterned(Fields role, String name, String productKey) {
        Set<String> keys = new HashSet<>(DEVICE_KEYS);
        keys.add("count");
        keys.add("first");
        Fields pattern = Fields.of(document, role.child("pool"), role.node().get("pool"), "the pool of device '" + name
                + "'", keys);
        Integer count = pattern.optionalInt("count");
        if (count == null || count < 1 || count > MAX_POOL) {
            throw pattern.error("count", "missing or invalid count of the pool of device '" + name + "'",
                    "how many more devices the pattern names, 1 to " + MAX_POOL);
        }
        Integer first = pattern.optionalInt("first");
        int from = first == null ? 1 : first;
        if (from < 0) {
            throw pattern.error("first", "first " + from + " is negative", "the number of the pattern's first device, "
                    + "0 or more (default 1)");
        }
        String deviceName = pattern.requiredText("deviceName", "the device names, with {n} where the number goes, "
                + "e.g. meter-{n:3}");
        if (!NUMBER.matcher(deviceName).find()) {
            throw pattern.error("deviceName", "deviceName '" + deviceName + "' has no {n}: every device of the pool "
                    + "would have the same name", "a name with {n} (or {n:3}, zero-padded) where the number goes");
        }
        List<DeviceIdentity> pool = new ArrayList<>();
        for (int n = from; n < from + count; n++) {
            ObjectNode numbered = (ObjectNode) numbered(pattern.node(), n);
            numbered.remove(List.of("count", "first"));
            pool.add(device(Fields.of(document, pattern.pointer(), numbered, "the pool of device '" + name + "'",
                    DEVICE_KEYS), name, productKey));
        }
        return pool;
    }

    /** {@code node} with {@code {n}} in every text replaced by {@code n}. */
    private static JsonNode numbered(JsonNode node, int n) {
        if (node.isTextual()) {
            Matcher m = NUMBER.matcher(node.asText());
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String digits = m.group(1) == null ? String.valueOf(n)
                        : String.format("%0" + m.group(1) + "d", n);
                m.appendReplacement(out, Matcher.quoteReplacement(digits));
            }
            m.appendTail(out);
            return JsonNodeFactory.instance.textNode(out.toString());
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), numbered(e.getValue(), n)));
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(numbered(item, n)));
            return copy;
        }
        return node;
    }

    /**
     * A device: product key ({@code inheritedProductKey} when it names none and one is given) and device
     * name, and how it signs in: a secret, an X.509 client certificate (mutual TLS), a DTLS pre-shared key,
     * or several of them.
     */
    private DeviceIdentity device(Fields d, String role, String inheritedProductKey) {
        String productKey = inheritedProductKey != null && !d.has("productKey") ? inheritedProductKey
                : d.requiredText("productKey", "the product key");
        String deviceName = d.requiredText("deviceName", "the device name");
        if (!d.has("deviceSecret") && !d.has("certificate")) {
            throw d.error(null, "device '" + role + "' has neither 'deviceSecret' nor 'certificate'",
                    "deviceSecret: {env: VARIABLE} or certificate: {pkcs12: {file: …}, password: {env: …}}");
        }
        return new DeviceIdentity(productKey, deviceName,
                d.has("deviceSecret") ? secrets.secret(d, "deviceSecret") : null, d.optionalText("peerId", null),
                d.has("certificate") ? tls.clientKey(d, "certificate") : null,
                d.has("psk") ? tls.psk(d, "psk") : null);
    }
}
