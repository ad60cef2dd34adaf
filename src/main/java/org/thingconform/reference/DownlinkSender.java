package org.thingconform.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.thingconform.thingmodel.Service;

/**
 * The platform-to-device Alink flows the northbound API triggers: property set, async
 * service invocation and sync service invocation (RRPC, the message id in the topic). Gives each message a fresh id and remembers it, so the device's
 * reply can be matched.
 */
final class DownlinkSender {

    private final FaultSwitch faults;
    private final MessageIds ids;
    private final PendingSets pendingSets;
    private final Invocations invocations;
    private final Downlink downlink;

    DownlinkSender(FaultSwitch faults, MessageIds ids, PendingSets pendingSets, Invocations invocations,
                   Downlink downlink) {
        this.faults = faults;
        this.ids = ids;
        this.pendingSets = pendingSets;
        this.invocations = invocations;
        this.downlink = downlink;
    }

    /**
     * Publishes {@code thing.service.property.set} with already validated {@code params}.
     *
     * @return the message id, which is also the northbound request id
     */
    String setProperties(RegisteredDevice device, ObjectNode params) {
        ObjectNode sent = faults.on(Fault.SET_WRONG_PARAMS)
                ? ValueMutator.alterFirst(params, device.model()) : params.deepCopy();
        String id = ids.next();
        pendingSets.add(id, new PendingSets.PendingSet(device.key(), sent));
        String topic = AlinkTopic.propertySet(device.key());
        downlink.publishRequest(topic, request(id, "thing.service.property.set", sent), topic + "_reply");
        return id;
    }

    /** Publishes {@code thing.service.{id}} with already validated {@code params} and opens the invocation. */
    Invocations.Invocation invokeService(RegisteredDevice device, Service service, ObjectNode params) {
        String id = ids.next();
        Invocations.Invocation invocation = invocations.open(id, device.key(), service.identifier());
        String topic = AlinkTopic.service(device.key(), service.identifier());
        downlink.publishRequest(topic, request(id, "thing.service." + service.identifier(), params.deepCopy()),
                topic + "_reply");
        return invocation;
    }

    /**
     * Publishes {@code thing.service.{id}} on the RRPC request topic, whose message id is
     * also the Alink id and the invocation id, and opens the invocation the RRPC response
     * completes.
     */
    Invocations.Invocation invokeSyncService(RegisteredDevice device, Service service, ObjectNode params) {
        String id = ids.next();
        Invocations.Invocation invocation = invocations.open(id, device.key(), service.identifier());
        downlink.publishRequest(AlinkTopic.rrpcRequest(device.key(), id),
                request(id, "thing.service." + service.identifier(), params.deepCopy()),
                AlinkTopic.rrpcResponse(device.key(), id));
        return invocation;
    }

    private static ObjectNode request(String id, String method, ObjectNode params) {
        ObjectNode request = Json.object();
        request.put("id", id);
        request.put("version", "1.0");
        request.set("params", params);
        request.put("method", method);
        return request;
    }
}
