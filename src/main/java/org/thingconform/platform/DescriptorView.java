package org.thingconform.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The platform descriptor as a plain tree for manifests and reports, with every secret
 * replaced by a mask. The only way a descriptor leaves the process.
 */
public final class DescriptorView {

    private DescriptorView() {
    }

    public static Map<String, Object> masked(PlatformDescriptor descriptor) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", descriptor.name());
        view.put("mqtt", Map.of("host", descriptor.mqtt().host(), "port", descriptor.mqtt().port()));
        if (descriptor.coap() != null) {
            view.put("coap", Map.of("host", descriptor.coap().host(), "port", descriptor.coap().port()));
        }
        if (descriptor.http() != null) {
            view.put("http", Map.of("baseUrl", descriptor.http()));
        }
        Map<String, Object> northbound = new LinkedHashMap<>();
        northbound.put("baseUrl", descriptor.northbound().baseUrl());
        descriptor.northbound().bearerToken().ifPresent(t -> northbound.put("bearerToken", Secret.MASK));
        Map<String, Object> operations = new TreeMap<>();
        descriptor.northbound().operations().forEach((name, op) -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("method", op.method());
            o.put("path", op.path());
            o.put("extract", new TreeMap<>(op.extract()));
            operations.put(name, o);
        });
        northbound.put("operations", operations);
        view.put("northbound", northbound);
        Map<String, Object> devices = new TreeMap<>();
        descriptor.devices().forEach((role, d) -> devices.put(role, Map.of("productKey", d.productKey(),
                "deviceName", d.deviceName(), "deviceSecret", Secret.MASK)));
        view.put("devices", devices);
        view.put("ics", new TreeMap<>(descriptor.ics()));
        Map<String, Object> ixit = new TreeMap<>();
        descriptor.ixit().forEach((name, value) -> ixit.put(name, value.isValueNode() ? value.asText() : value.toString()));
        view.put("ixit", ixit);
        return view;
    }
}
