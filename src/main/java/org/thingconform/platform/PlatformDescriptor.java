package org.thingconform.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thingconform.protocol.tls.TlsSettings;

/**
 * Everything the suite needs to reach a platform under test (the IXIT): device-side
 * endpoints, the northbound API mapping, the interconnection API a peer platform uses (when
 * the platform has one), the devices standing for each profile device role, and the
 * platform's ICS answers.
 *
 * @param name            a human name for reports
 * @param mqtt            the MQTT endpoint devices connect to
 * @param northbound      the northbound API
 * @param interconnection the interconnection API, the peer platform's view; empty when not described
 * @param devices         profile device role → registered device
 * @param ics             ICS item id → answer
 * @param ixit            IXIT values: profile parameters this platform needs set otherwise (e.g. its error codes)
 * @param coap            the CoAP endpoint (UDP) devices of a {@code coap} binding reach, or null when there is none
 * @param http            the base URL devices of an {@code http} binding reach, e.g. {@code http://127.0.0.1:8081},
 *                        or null when there is none
 * @param wot             where the W3C WoT Thing Descriptions of the platform's Things are, or null when it serves none;
 *                        a descriptor of a WoT servient alone may leave {@code mqtt} and {@code northbound} null
 * @param mqttAccount     the user name and password a plain MQTT client (the broker profile's) connects with,
 *                        or null when the broker takes clients without credentials
 * @param tls             the descriptor-wide TLS settings: those of https URLs without their own (the HTTP
 *                        device endpoint, WoT Thing Descriptions) and the defaults under every endpoint's own
 * @param version         the version of the platform under test the descriptor declares (reports and evidence
 *                        show it beside the name), or null
 * @param maxConcurrency  how many clauses the platform lets a suite run against it at once (its vendor's limit,
 *                        e.g. of connections per tenant): {@code --jobs} is capped by it; null for no limit
 * @param pools           profile device role → more devices standing for the role, so tests can run side by
 *                        side each with a device of its own (a role without them has none: its tests take turns)
 * @param lwm2m           the platform's LwM2M server and its API, or null when it has none
 */
public record PlatformDescriptor(String name, Endpoint mqtt, NorthboundApi northbound,
                                 Optional<NorthboundApi> interconnection, Map<String, DeviceIdentity> devices,
                                 Map<String, Boolean> ics, Map<String, JsonNode> ixit, Endpoint coap, String http,
                                 WotThings wot, MqttAccount mqttAccount, TlsSettings tls, String version,
                                 Integer maxConcurrency, Map<String, List<DeviceIdentity>> pools,
                                 Lwm2mServerDescriptor lwm2m) {

    /** A descriptor of a platform without an LwM2M server. */
    public PlatformDescriptor(String name, Endpoint mqtt, NorthboundApi northbound,
                              Optional<NorthboundApi> interconnection, Map<String, DeviceIdentity> devices,
                              Map<String, Boolean> ics, Map<String, JsonNode> ixit, Endpoint coap, String http,
                              WotThings wot, MqttAccount mqttAccount, TlsSettings tls, String version,
                              Integer maxConcurrency, Map<String, List<DeviceIdentity>> pools) {
        this(name, mqtt, northbound, interconnection, devices, ics, ixit, coap, http, wot, mqttAccount, tls, version,
                maxConcurrency, pools, null);
    }

    /** This descriptor with {@code devices} as the roles' devices and {@code pools} as their pools (a shard's part). */
    public PlatformDescriptor withDevices(Map<String, DeviceIdentity> devices, Map<String, List<DeviceIdentity>> pools) {
        return new PlatformDescriptor(name, mqtt, northbound, interconnection, devices, ics, ixit, coap, http, wot,
                mqttAccount, tls, version, maxConcurrency, pools, lwm2m);
    }

    /** This descriptor with {@code server} as its LwM2M server. */
    public PlatformDescriptor withLwm2m(Lwm2mServerDescriptor server) {
        return new PlatformDescriptor(name, mqtt, northbound, interconnection, devices, ics, ixit, coap, http, wot,
                mqttAccount, tls, version, maxConcurrency, pools, server);
    }

    /** A descriptor whose device roles have one device each. */
    public PlatformDescriptor(String name, Endpoint mqtt, NorthboundApi northbound,
                              Optional<NorthboundApi> interconnection, Map<String, DeviceIdentity> devices,
                              Map<String, Boolean> ics, Map<String, JsonNode> ixit, Endpoint coap, String http,
                              WotThings wot, MqttAccount mqttAccount, TlsSettings tls, String version,
                              Integer maxConcurrency) {
        this(name, mqtt, northbound, interconnection, devices, ics, ixit, coap, http, wot, mqttAccount, tls, version,
                maxConcurrency, Map.of());
    }

    /** A descriptor that states no limit to how many clauses may run against the platform at once. */
    public PlatformDescriptor(String name, Endpoint mqtt, NorthboundApi northbound,
                              Optional<NorthboundApi> interconnection, Map<String, DeviceIdentity> devices,
                              Map<String, Boolean> ics, Map<String, JsonNode> ixit, Endpoint coap, String http,
                              WotThings wot, MqttAccount mqttAccount, TlsSettings tls, String version) {
        this(name, mqtt, northbound, interconnection, devices, ics, ixit, coap, http, wot, mqttAccount, tls, version, null);
    }

    /** A descriptor that declares no version. */
    public PlatformDescriptor(String name, Endpoint mqtt, NorthboundApi northbound,
                              Optional<NorthboundApi> interconnection, Map<String, DeviceIdentity> devices,
                              Map<String, Boolean> ics, Map<String, JsonNode> ixit, Endpoint coap, String http,
                              WotThings wot, MqttAccount mqttAccount, TlsSettings tls) {
        this(name, mqtt, northbound, interconnection, devices, ics, ixit, coap, http, wot, mqttAccount, tls, null);
    }

    public PlatformDescriptor {
        tls = tls == null ? TlsSettings.DEFAULT : tls;
        devices = Map.copyOf(devices);
        ics = Map.copyOf(ics);
        ixit = Map.copyOf(ixit);
        pools = pools == null ? Map.of() : pools.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    /**
     * How many devices each of {@code roles} has at least (its own and those of its pool): how many tests
     * using these roles can run side by side, each with devices no other test uses; 1 for no role.
     */
    public int lanes(Collection<String> roles) {
        return 1 + roles.stream().mapToInt(role -> pools.getOrDefault(role, List.of()).size()).min().orElse(0);
    }

    /**
     * The device standing for {@code role} in lane {@code lane}: lane 0 is the role's own device, lane n the
     * n-th of its pool; null when the descriptor has none there.
     */
    public DeviceIdentity device(String role, int lane) {
        if (lane == 0) {
            return devices.get(role);
        }
        List<DeviceIdentity> pool = pools.getOrDefault(role, List.of());
        return lane <= pool.size() ? pool.get(lane - 1) : null;
    }

    /** A platform that serves no WoT Thing Descriptions and whose broker takes plain clients without credentials. */
    public PlatformDescriptor(String name, Endpoint mqtt, NorthboundApi northbound,
                              Optional<NorthboundApi> interconnection, Map<String, DeviceIdentity> devices,
                              Map<String, Boolean> ics, Map<String, JsonNode> ixit, Endpoint coap, String http) {
        this(name, mqtt, northbound, interconnection, devices, ics, ixit, coap, http, null, null, null);
    }

    /** A platform that devices reach over MQTT only, without an interconnection API. */
    public PlatformDescriptor(String name, Endpoint mqtt, NorthboundApi northbound, Map<String, DeviceIdentity> devices,
                              Map<String, Boolean> ics, Map<String, JsonNode> ixit) {
        this(name, mqtt, northbound, Optional.empty(), devices, ics, ixit, null, null, null, null, null);
    }

    /** A platform that devices reach over MQTT only. */
    public PlatformDescriptor(String name, Endpoint mqtt, NorthboundApi northbound,
                              Optional<NorthboundApi> interconnection, Map<String, DeviceIdentity> devices,
                              Map<String, Boolean> ics, Map<String, JsonNode> ixit) {
        this(name, mqtt, northbound, interconnection, devices, ics, ixit, null, null, null, null, null);
    }
}
