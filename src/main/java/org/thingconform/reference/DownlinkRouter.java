package org.thingconform.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends each platform message to a device over the transport the device last signed in by:
 * an MQTT publish on the Alink topic, a notification on its CoAP command resource, or its HTTP
 * command queue. The Alink logic ({@link DownlinkSender}) stays protocol-free: it names the
 * Alink topic, and the router finds the device in it.
 */
final class DownlinkRouter implements Downlink {

    /** The transports a device can be reached by. */
    enum Route { MQTT, COAP, HTTP }

    private final Map<DeviceKey, Route> routes = new ConcurrentHashMap<>();
    private final Map<Route, Downlink> transports;

    /**
     * @param mqtt publishes on an MQTT topic
     * @param coap notifies the CoAP command resource of the device the topic names
     * @param http queues for the HTTP poll of the device the topic names
     */
    DownlinkRouter(Downlink mqtt, Downlink coap, Downlink http) {
        this.transports = Map.of(Route.MQTT, mqtt, Route.COAP, coap, Route.HTTP, http);
    }

    /** From now on, messages for {@code device} go over {@code route}. */
    void signedIn(DeviceKey device, Route route) {
        routes.put(device, route);
    }

    @Override
    public void publish(String topic, ObjectNode payload) {
        transport(topic).publish(topic, payload);
    }

    @Override
    public void publishRequest(String topic, ObjectNode payload, String replyTopic) {
        transport(topic).publishRequest(topic, payload, replyTopic);
    }

    private Downlink transport(String topic) {
        return transports.get(device(topic).map(d -> routes.getOrDefault(d, Route.MQTT)).orElse(Route.MQTT));
    }

    /** The device of an Alink topic {@code /sys/{pk}/{dn}/…}. */
    static Optional<DeviceKey> device(String topic) {
        String[] level = topic.split("/", -1);
        if (level.length < 5 || !level[0].isEmpty() || !"sys".equals(level[1]) || level[2].isEmpty()
                || level[3].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DeviceKey(level[2], level[3]));
    }
}
