package org.thingconform.profile;

import java.util.Map;
import java.util.Set;

/**
 * How the profile's thing models travel on a protocol, as data: per flow the topics,
 * method name and envelope templates, plus the shared envelope and the sign-in scheme.
 * The Alink, Tencent-style and Huawei-style bindings differ only in this data; the
 * simulated device reads it and holds no envelope of its own.
 *
 * @param id          the binding's name, e.g. {@code alink-mqtt}
 * @param protocol    the protocol: {@code mqtt} (3.1.1), {@code mqtt5}, {@code coap} or {@code http}
 * @param qos         QoS of the device's messages
 * @param successCode the reply code that means success (Alink 200, Tencent 0)
 * @param auth        how a device signs in
 * @param envelope    templates and field locations shared by all flows
 * @param flows       flow name → flow: propertyPost, eventPost, propertySet, serviceCall, and
 *                    syncServiceCall when the platform has sync (RRPC) services
 * @param transport   the request/response settings of a {@code coap} or {@code http} binding (sign-in
 *                    resource, where the token travels, how downlinks are fetched); null for MQTT
 * @param requires    the ICS condition under which the platform offers this binding, or null
 * @param responseTopics MQTT 5 request/response ({@code mqtt5} only): a request carries a Response Topic
 *                    (its flow's reply topic) and Correlation Data, and its answer goes to that Response
 *                    Topic echoing the Correlation Data, uplink and downlink alike
 */
public record Binding(String id, String protocol, int qos, int successCode, Auth auth, Envelope envelope,
                      Map<String, BindingFlow> flows, TransportSettings transport, Expression requires,
                      boolean responseTopics) {

    /** The protocols on which a device's request gets its reply as the response (no reply topic to subscribe). */
    public static final Set<String> REQUEST_RESPONSE_PROTOCOLS = Set.of("coap", "http");

    /** An MQTT binding the platform always offers. */
    public Binding(String id, String protocol, int qos, int successCode, Auth auth, Envelope envelope,
                   Map<String, BindingFlow> flows) {
        this(id, protocol, qos, successCode, auth, envelope, flows, null, null, false);
    }

    /** The device protocols a binding may name; each has one adapter under {@code protocol/}. */
    public static final java.util.List<String> PROTOCOLS = java.util.List.of("mqtt", "mqtt5", "coap", "http");

    /** The flows a binding describes: two uplinks the platform replies to, two downlinks the device answers. */
    public static final Set<String> FLOWS = Set.of("propertyPost", "eventPost", "propertySet", "serviceCall");

    /** The flows a binding may describe: sync (RRPC) service calls, request and response correlated by topic. */
    public static final Set<String> OPTIONAL_FLOWS = Set.of("syncServiceCall");

    /** The downlink flows: the platform sends, the device answers. Their topics may carry {@code {messageId}}. */
    public static final Set<String> DOWNLINK_FLOWS = Set.of("propertySet", "serviceCall", "syncServiceCall");

    /**
     * The binding of a profile that plays no device and so names none: its clauses talk to the
     * platform as a client (a WoT Thing's forms, an API), never as a device.
     */
    public static final Binding NO_DEVICE = new Binding("no-device", "none", 0, 200, null, null, Map.of());

    public Binding {
        flows = Map.copyOf(flows);
    }

    public BindingFlow flow(String name) {
        BindingFlow flow = flows.get(name);
        if (flow == null) {
            throw new IllegalArgumentException("binding '" + id + "' has no flow '" + name + "'");
        }
        return flow;
    }

    /** Whether the platform answers a device's request in the response to it ({@code coap}, {@code http}). */
    public boolean requestResponse() {
        return REQUEST_RESPONSE_PROTOCOLS.contains(protocol);
    }

    /** Whether the binding describes {@code name} (an optional flow may be absent). */
    public boolean has(String name) {
        return flows.containsKey(name);
    }

    /**
     * How a device signs in: {@code alink-hmacsha256} (Alink signature) or {@code plain}
     * (the device secret as password), with client-id and user-name templates.
     */
    public record Auth(String scheme, String clientId, String username) {
    }
}
