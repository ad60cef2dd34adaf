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
        CoapEndpoint endpoint = new CoapEndpoint.Builder()
                .setInetSocketAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .setConfiguration(CoapConfiguration.standard())
                .build();
        CoapServer server = new CoapServer(CoapConfiguration.standard());
        server.addEndpoint(endpoint);
        server.add(auth, things);
        server.start();
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
