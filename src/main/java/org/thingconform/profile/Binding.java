package org.thingconform.profile;

import java.util.Map;

/**
 * How the profile's thing models travel on a protocol: topic templates per flow, the
 * method names of the envelope, the reply-topic suffix and the QoS. Templates use
 * {@code {productKey}}, {@code {deviceName}} and {@code {identifier}}.
 *
 * @param id          the binding's name, e.g. {@code alink-mqtt}
 * @param protocol    the protocol; only {@code mqtt} so far
 * @param qos         QoS of uplink messages
 * @param topics      flow → topic template; flows: propertyPost, eventPost, propertySet, serviceCall
 * @param methods     flow → envelope method template
 * @param replySuffix appended to a request topic to get its reply topic
 */
public record Binding(String id, String protocol, int qos, Map<String, String> topics, Map<String, String> methods,
                      String replySuffix) {

    /** The flows every binding must give a topic for. */
    public static final java.util.Set<String> FLOWS = java.util.Set.of("propertyPost", "eventPost", "propertySet",
            "serviceCall");

    public Binding {
        topics = Map.copyOf(topics);
        methods = Map.copyOf(methods);
    }
}
