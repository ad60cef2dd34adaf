package org.thingconform.reference;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.eclipse.californium.core.CoapServer;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.thingconform.platform.Endpoint;
import org.thingconform.protocol.coap.CoapConfiguration;

/**
 * The reference platform's CoAP device endpoint: a Californium server on a free loopback UDP
 * port serving the sign-in resource {@code /auth} and the Alink thing resources under {@code /sys}.
 */
final class CoapDeviceServer implements AutoCloseable {

    private final CoapServer server;
    private final CoapEndpoint endpoint;

    private CoapDeviceServer(CoapServer server, CoapEndpoint endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    static CoapDeviceServer start(CoapAuthResource auth, CoapThingResource things) {
        return start(auth, things, 0);
    }

    /** As {@link #start(CoapAuthResource, CoapThingResource)}, on loopback UDP {@code port} (0: a free one). */
    static CoapDeviceServer start(CoapAuthResource auth, CoapThingResource things, int port) {
        CoapEndpoint endpoint = new CoapEndpoint.Builder()
                .setInetSocketAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                .setConfiguration(CoapConfiguration.standard())
                .build();
        CoapServer server = new CoapServer(CoapConfiguration.standard());
        server.addEndpoint(endpoint);
        server.add(auth, things);
        try {
            server.start();
        } catch (IllegalStateException e) {
            // Californium reports a taken UDP port only as "none of the endpoints could be started"
        }
        if (!endpoint.isStarted()) {
            server.destroy();
            throw new IllegalStateException("cannot open the CoAP device port " + (port == 0 ? "" : port + " ")
                    + "(UDP) on " + InetAddress.getLoopbackAddress().getHostAddress() + ": it is in use or not allowed");
        }
        return new CoapDeviceServer(server, endpoint);
    }

    /** Where devices reach the server. */
    Endpoint endpoint() {
        return new Endpoint(endpoint.getAddress().getAddress().getHostAddress(), endpoint.getAddress().getPort());
    }

    @Override
    public void close() {
        server.destroy();
    }
}
