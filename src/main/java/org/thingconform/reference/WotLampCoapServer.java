package org.thingconform.reference;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.eclipse.californium.core.CoapResource;
import org.eclipse.californium.core.CoapServer;
import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.core.server.resources.CoapExchange;
import org.thingconform.protocol.coap.CoapConfiguration;

/**
 * The reference WoT lamp's properties over CoAP (Californium) on a free loopback UDP port:
 * {@code GET /lamp/properties/<p>} reads, {@code PUT} writes, with the same state and checks as over HTTP.
 */
final class WotLampCoapServer implements AutoCloseable {

    private final CoapServer server;
    private final CoapEndpoint endpoint;

    private WotLampCoapServer(CoapServer server, CoapEndpoint endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    static WotLampCoapServer start(WotLamp lamp, String thing) {
        CoapEndpoint endpoint = new CoapEndpoint.Builder()
                .setInetSocketAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .setConfiguration(CoapConfiguration.standard())
                .build();
        CoapServer server = new CoapServer(CoapConfiguration.standard());
        server.addEndpoint(endpoint);
        CoapResource properties = new CoapResource("properties");
        for (String name : new String[] {"brightness", "on", "status"}) {
            if (lamp.hasProperty(name)) {
                properties.add(new PropertyResource(name, lamp));
            }
        }
        CoapResource root = new CoapResource(thing);
        root.add(properties);
        server.add(root);
        server.start();
        return new WotLampCoapServer(server, endpoint);
    }

    /** The server's base URI, e.g. {@code coap://127.0.0.1:40123}. */
    String baseUri() {
        return "coap://" + endpoint.getAddress().getAddress().getHostAddress() + ":" + endpoint.getAddress().getPort();
    }

    @Override
    public void close() {
        server.destroy();
    }

    /** One property: GET reads, PUT writes. */
    private static final class PropertyResource extends CoapResource {

        private final WotLamp lamp;

        PropertyResource(String name, WotLamp lamp) {
            super(name);
            this.lamp = lamp;
        }

        @Override
        public void handleGET(CoapExchange exchange) {
            answer(exchange, lamp.read(getName(), "application/json"));
        }

        @Override
        public void handlePUT(CoapExchange exchange) {
            answer(exchange, lamp.write(getName(), exchange.getRequestPayload()));
        }

        private static void answer(CoapExchange exchange, WotLamp.Answer answer) {
            CoAP.ResponseCode code = switch (answer.status()) {
                case 200 -> CoAP.ResponseCode.CONTENT;
                case 204 -> CoAP.ResponseCode.CHANGED;
                case 405 -> CoAP.ResponseCode.METHOD_NOT_ALLOWED;
                default -> CoAP.ResponseCode.BAD_REQUEST;
            };
            if (answer.body().isEmpty()) {
                exchange.respond(code);
            } else {
                exchange.respond(code, answer.body(), MediaTypeRegistry.APPLICATION_JSON);
            }
        }
    }
}
