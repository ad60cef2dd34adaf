package org.thingconform.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.platform.DeviceRole;
import org.thingconform.platform.EmbeddedPlatform;
import org.thingconform.platform.EmbeddedPlatformProvider;
import org.thingconform.platform.NorthboundClient;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.TransportSettings;
import org.thingconform.thingmodel.TslImporter;
import org.thingconform.trace.MessageTrace;
import org.thingconform.trace.TraceEntry;

/** The embedded reference platform with one smart meter, for the CoAP and HTTP adapter tests. */
public final class ReferenceDevices implements AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final Duration TIMEOUT = Duration.ofSeconds(5);
    public static final TransportSettings COAP = new TransportSettings("/auth", TransportSettings.QUERY, "token", null);
    public static final TransportSettings HTTP = new TransportSettings("/auth", TransportSettings.HEADER, "X-Device-Token",
            new TransportSettings.Poll("long", Duration.ofSeconds(10)));

    public final EmbeddedPlatform platform;
    public final DeviceIdentity meter;

    public ReferenceDevices() {
        EmbeddedPlatformProvider provider = java.util.ServiceLoader.load(EmbeddedPlatformProvider.class)
                .findFirst().orElseThrow();
        platform = provider.start(List.of(new DeviceRole("meter",
                TslImporter.importFile(Path.of("test-profiles/tsl-alink-mqtt/smart-meter.tsl.json")))), Set.of());
        meter = platform.descriptor().devices().get("meter");
    }

    public AlinkCredentials credentials(boolean valid) {
        String secret = meter.deviceSecret().reveal();
        return AlinkCredentials.sign(meter.productKey(), meter.deviceName(), valid ? secret : "wrong-" + secret,
                System.currentTimeMillis());
    }

    public String path(String rest) {
        return "/sys/" + meter.productKey() + "/" + meter.deviceName() + "/" + rest;
    }

    public String propertyPost(String id) {
        return "{\"id\":\"" + id + "\",\"version\":\"1.0\",\"params\":{\"voltage\":230.5},"
                + "\"method\":\"thing.event.property.post\"}";
    }

    /** Sets {@code reportInterval} through the northbound API, which sends a property set downlink. */
    public NorthboundResponse setReportInterval(int seconds) {
        ObjectNode params = JSON.createObjectNode().put("reportInterval", seconds);
        return new NorthboundClient(platform.descriptor().northbound(), new MessageTrace(), TIMEOUT)
                .call("setProperties", Map.of("productKey", meter.productKey(), "deviceName", meter.deviceName()),
                        params);
    }

    /** The trace as text, one line per message. */
    public static String text(MessageTrace trace) {
        return trace.entries().stream().map(TraceEntry::toLine).collect(Collectors.joining("\n"));
    }

    /** The meter's device secret, to prove it never reaches a trace. */
    public String secret() {
        return meter.deviceSecret().reveal();
    }

    @Override
    public void close() throws Exception {
        platform.close();
    }
}
