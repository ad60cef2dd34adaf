package org.thingconform.reference;

import java.util.Optional;

/**
 * An Alink thing topic the platform handles, parsed: which device, which flow and which
 * event or service (or, for an RRPC response, which message id). Also builds the
 * downlink topics.
 *
 * @param device     the device in the topic
 * @param flow       the flow the topic belongs to
 * @param identifier the event or service identifier, the RRPC message id, or null for property flows
 */
record AlinkTopic(DeviceKey device, Flow flow, String identifier) {

    /** The uplink flows the platform consumes. */
    enum Flow { PROPERTY_POST, EVENT_POST, PROPERTY_SET_REPLY, SERVICE_REPLY, RRPC_RESPONSE }

    private static final String REPLY = "_reply";

    /** Parses {@code topic}; empty when it is not a topic the platform handles. */
    static Optional<AlinkTopic> parse(String topic) {
        String[] level = topic.split("/", -1);
        // "", "sys", pk, dn, "thing" | "rrpc", ...
        if (level.length < 7 || !level[0].isEmpty() || !"sys".equals(level[1]) || level[2].isEmpty()
                || level[3].isEmpty()) {
            return Optional.empty();
        }
        DeviceKey device = new DeviceKey(level[2], level[3]);
        if ("rrpc".equals(level[4])) {
            return level.length == 7 && "response".equals(level[5]) && !level[6].isEmpty()
                    ? Optional.of(new AlinkTopic(device, Flow.RRPC_RESPONSE, level[6])) : Optional.empty();
        }
        if (!"thing".equals(level[4])) {
            return Optional.empty();
        }
        if (level.length == 8 && "event".equals(level[5]) && "post".equals(level[7]) && !level[6].isEmpty()) {
            return Optional.of("property".equals(level[6])
                    ? new AlinkTopic(device, Flow.PROPERTY_POST, null)
                    : new AlinkTopic(device, Flow.EVENT_POST, level[6]));
        }
        if (level.length == 8 && "service".equals(level[5]) && "property".equals(level[6])
                && "set_reply".equals(level[7])) {
            return Optional.of(new AlinkTopic(device, Flow.PROPERTY_SET_REPLY, null));
        }
        if (level.length == 7 && "service".equals(level[5]) && level[6].endsWith(REPLY)
                && level[6].length() > REPLY.length()) {
            return Optional.of(new AlinkTopic(device, Flow.SERVICE_REPLY,
                    level[6].substring(0, level[6].length() - REPLY.length())));
        }
        return Optional.empty();
    }

    /** The property set downlink topic of {@code device}. */
    static String propertySet(DeviceKey device) {
        return device.topicPrefix() + "thing/service/property/set";
    }

    /** The sync service (RRPC) request topic of {@code device} for message {@code messageId}. */
    static String rrpcRequest(DeviceKey device, String messageId) {
        return device.topicPrefix() + "rrpc/request/" + messageId;
    }

    /** The sync service (RRPC) response topic of {@code device} for message {@code messageId}. */
    static String rrpcResponse(DeviceKey device, String messageId) {
        return device.topicPrefix() + "rrpc/response/" + messageId;
    }

    /** The async service downlink topic of {@code device} for {@code serviceId}. */
    static String service(DeviceKey device, String serviceId) {
        return device.topicPrefix() + "thing/service/" + serviceId;
    }
}
