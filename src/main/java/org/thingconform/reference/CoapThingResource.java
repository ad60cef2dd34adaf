package org.thingconform.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.californium.core.CoapResource;
import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.coap.Response;
import org.eclipse.californium.core.observe.ObserveRelation;
import org.eclipse.californium.core.server.resources.CoapExchange;
import org.eclipse.californium.core.server.resources.Resource;

/**
 * The Alink thing resources of the CoAP device endpoint, everything under {@code /sys}: a
 * POST to an Alink uplink path {@code /sys/{pk}/{dn}/thing/…} with the device's token in the
 * {@code token} Uri-Query parameter goes to the {@link AlinkUplinkHandler}, whose reply is the
 * response (piggybacked on the ACK, 2.04 with the Alink reply body); {@code
 * /sys/{pk}/{dn}/thing/command} is the device's observable command resource, each downlink
 * one (non-confirmable) notification. With fault {@link Fault#COAP_NONCONFIRMABLE_REPLY} the
 * uplink is first acknowledged empty and the reply sent as a separate NON response.
 */
final class CoapThingResource extends CoapResource implements Downlink {

    /** The command resource under a device's Alink path. */
    static final String COMMAND = "thing/command";

    private final AlinkUplinkHandler uplink;
    private final TokenSignIn tokens;
    private final FaultSwitch faults;
    private final Map<DeviceKey, Queue<ObjectNode>> commands = new ConcurrentHashMap<>();
    private final Map<DeviceKey, ObserveRelation> observers = new ConcurrentHashMap<>();

    CoapThingResource(AlinkUplinkHandler uplink, TokenSignIn tokens, FaultSwitch faults) {
        super("sys");
        this.uplink = uplink;
        this.tokens = tokens;
        this.faults = faults;
        setObservable(true);
        setObserveType(CoAP.Type.NON);
        setVisible(false);
    }

    /** Every path below {@code /sys} is served here. */
    @Override
    public Resource getChild(String name) {
        return this;
    }

    @Override
    public void handlePOST(CoapExchange exchange) {
        String path = path(exchange);
        Optional<DeviceKey> sender = tokens.authorize(exchange.getQueryParameter(TokenSignIn.COAP_TOKEN_QUERY), path);
        if (sender.isEmpty()) {
            exchange.respond(ResponseCode.UNAUTHORIZED, "missing or wrong token for " + path);
            return;
        }
        AtomicReference<ObjectNode> reply = new AtomicReference<>();
        if (!uplink.handle(sender.get(), path, exchange.getRequestPayload(), (topic, payload) -> reply.set(payload))) {
            exchange.respond(ResponseCode.NOT_FOUND, "no Alink uplink resource " + path);
            return;
        }
        Response response = new Response(ResponseCode.CHANGED);
        if (reply.get() != null) {
            response.setPayload(Json.bytes(reply.get()));
            response.getOptions().setContentFormat(MediaTypeRegistry.APPLICATION_JSON);
        }
        if (faults.on(Fault.COAP_NONCONFIRMABLE_REPLY)) {
            exchange.accept();
            response.setType(CoAP.Type.NON);
        }
        exchange.respond(response);
    }

    /** The command resource: registers the device's newest Observe relation and hands out its next command. */
    @Override
    public void handleGET(CoapExchange exchange) {
        String path = path(exchange);
        Optional<DeviceKey> device = DownlinkRouter.device(path)
                .filter(d -> path.equals(d.topicPrefix() + COMMAND));
        if (device.isEmpty()) {
            exchange.respond(ResponseCode.NOT_FOUND, "no command resource " + path);
            return;
        }
        if (tokens.authorize(exchange.getQueryParameter(TokenSignIn.COAP_TOKEN_QUERY), path).isEmpty()) {
            exchange.respond(ResponseCode.UNAUTHORIZED, "missing or wrong token for " + path);
            return;
        }
        ObserveRelation relation = exchange.advanced().getRelation();
        if (relation != null && !relation.isEstablished()) {
            observers.put(device.get(), relation);
        }
        ObjectNode command = queue(device.get()).poll();
        if (command == null) {
            exchange.respond(ResponseCode.CONTENT);
        } else {
            exchange.respond(ResponseCode.CONTENT, Json.bytes(command), MediaTypeRegistry.APPLICATION_JSON);
        }
    }

    /** Queues a downlink for the device the Alink topic names and notifies its newest observer. */
    @Override
    public void publish(String topic, ObjectNode payload) {
        DownlinkRouter.device(topic).ifPresent(device -> {
            queue(device).add(payload);
            ObserveRelation newest = observers.get(device);
            if (newest != null) {
                changed(relation -> relation == newest);
            }
        });
    }

    /** Forgets every command not yet notified (a cleared platform starts with empty queues). */
    void clearCommands() {
        commands.values().forEach(Queue::clear);
    }

    private Queue<ObjectNode> queue(DeviceKey device) {
        return commands.computeIfAbsent(device, d -> new ConcurrentLinkedQueue<>());
    }

    private static String path(CoapExchange exchange) {
        return "/" + exchange.getRequestOptions().getUriPathString();
    }
}
