package org.thingconform.reference;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.californium.core.CoapServer;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.thingconform.platform.Endpoint;
import org.thingconform.protocol.coap.CoapConfiguration;

/**
 * The reference platform's CoAP device endpoint: a Californium server on a free loopback UDP
 * port serving the sign-in resource {@code /auth} and the Alink thing resources under {@code /sys},
 * over plain CoAP or over DTLS ({@link DtlsServerConnector}).
 */
final class CoapDeviceServer implements AutoCloseable {

    private final CoapServer server;
    private final CoapEndpoint endpoint;
    private final String host;

    private CoapDeviceServer(CoapServer server, CoapEndpoint endpoint, String host) {
        this.server = server;
        this.endpoint = endpoint;
        this.host = host;
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
        return serve(endpoint, auth, things, port, "", null);
    }

    /**
     * The same resources over DTLS on loopback UDP {@code port} (0: a free one), presenting
     * {@code tls}'s server certificate: devices sign in with a pre-shared key ({@code pskKeys} gives
     * the key of an identity {@code pk.dn}), a certificate issued by {@code tls}'s CA, or that
     * certificate's raw public key. Its {@link #endpoint()} names {@link ReferenceTls#HOST}, so
     * clients verify the certificate's host name.
     */
    static CoapDeviceServer startSecure(CoapAuthResource auth, CoapThingResource things, int port, ReferenceTls tls,
                                        Function<String, Optional<byte[]>> pskKeys) {
        CoapEndpoint endpoint = new CoapEndpoint.Builder()
                .setConnector(DtlsServerConnector.create(port, tls, pskKeys))
                .setConfiguration(CoapConfiguration.standard())
                .build();
        return serve(endpoint, auth, things, port, "DTLS ", ReferenceTls.HOST);
    }

    private static CoapDeviceServer serve(CoapEndpoint endpoint, CoapAuthResource auth, CoapThingResource things,
                                          int port, String kind, String host) {
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
            throw new IllegalStateException("cannot open the CoAP " + kind + "device port " + (port == 0 ? ""
                    : port + " ") + "(UDP) on " + InetAddress.getLoopbackAddress().getHostAddress()
                    + ": it is in use or not allowed");
        }
        return new CoapDeviceServer(server, endpoint, host);
    }

    /**
     * Where devices reach the server: the loopback address for plain CoAP, {@link ReferenceTls#HOST}
     * for DTLS (no TLS settings: the descriptor's own).
     */
    Endpoint endpoint() {
        return new Endpoint(host != null ? host : endpoint.getAddress().getAddress().getHostAddress(),
                endpoint.getAddress().getPort());
    }

    @Override
    public void close() {
        server.destroy();
    }
}
