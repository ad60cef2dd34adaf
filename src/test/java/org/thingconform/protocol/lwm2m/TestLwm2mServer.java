package org.thingconform.protocol.lwm2m;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.californium.core.CoapClient;
import org.eclipse.californium.core.CoapResource;
import org.eclipse.californium.core.CoapServer;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.coap.EmptyMessage;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.core.network.interceptors.MessageInterceptorAdapter;
import org.eclipse.californium.core.server.resources.CoapExchange;
import org.eclipse.californium.core.server.resources.Resource;
import org.thingconform.protocol.coap.CoapConfiguration;

/**
 * A tiny LwM2M server for the client's tests, in plain Californium on loopback: /rd answers
 * Register with 2.01 and Location-Path rd/&lt;n&gt;, /rd/&lt;n&gt; answers Update (2.04) and
 * De-register (2.02); every request is queued for the test. {@link #client(String)} sends
 * from the same endpoint, as a real server does, to the address the client registered from.
 */
final class TestLwm2mServer implements AutoCloseable {

    /** One request the server got. */
    record Received(String method, String path, List<String> query, int contentFormat, String payload,
                    InetSocketAddress source) {
    }

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> emptyMessagesSent = new LinkedBlockingQueue<>();
    private final AtomicInteger registrations = new AtomicInteger();
    private final CoapServer server;
    private final CoapEndpoint endpoint;
    private volatile InetSocketAddress clientAddress;

    TestLwm2mServer() {
        endpoint = new CoapEndpoint.Builder().setConfiguration(CoapConfiguration.standard())
                .setInetSocketAddress(new InetSocketAddress("127.0.0.1", 0)).build();
        endpoint.addInterceptor(new MessageInterceptorAdapter() {
            @Override
            public void sendEmptyMessage(EmptyMessage message) {
                emptyMessagesSent.add(String.valueOf(message.getType()));
            }
        });
        server = new CoapServer(CoapConfiguration.standard());
        server.addEndpoint(endpoint);
        server.add(new Directory());
        server.start();
    }

    int port() {
        return endpoint.getAddress().getPort();
    }

    /** The next request the server got, waiting at most {@code timeout}; null when none came. */
    Received next(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The type (ACK, RST) of the next empty message the server sent; null when none within {@code timeout}. */
    String nextEmptyMessageSent(Duration timeout) throws InterruptedException {
        String type;
        do {
            type = emptyMessagesSent.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } while ("ACK".equals(type));
        return type;
    }

    /** A CoAP client sending from the server's endpoint to {@code path} on the registered client. */
    CoapClient client(String path) {
        if (clientAddress == null) {
            throw new IllegalStateException("no client registered yet");
        }
        CoapClient client = new CoapClient("coap://127.0.0.1:" + clientAddress.getPort() + path);
        client.setEndpoint(endpoint);
        client.setTimeout(5_000L);
        return client;
    }

    @Override
    public void close() {
        server.destroy();
    }

    private void record(CoapExchange exchange) {
        received.add(new Received(exchange.getRequestCode().name(), "/" + exchange.getRequestOptions()
                .getUriPathString(), exchange.getRequestOptions().getUriQuery(),
                exchange.getRequestOptions().getContentFormat(), exchange.getRequestText(),
                exchange.getSourceSocketAddress()));
    }

    /** The registration directory /rd. */
    private final class Directory extends CoapResource {

        Directory() {
            super("rd");
        }

        @Override
        public void handlePOST(CoapExchange exchange) {
            record(exchange);
            clientAddress = exchange.getSourceSocketAddress();
            exchange.setLocationPath("rd/" + registrations.incrementAndGet());
            exchange.respond(ResponseCode.CREATED);
        }

        @Override
        public Resource getChild(String name) {
            return new Registration(name);
        }
    }

    /** One registration /rd/&lt;n&gt;. */
    private final class Registration extends CoapResource {

        Registration(String name) {
            super(name);
        }

        @Override
        public void handlePOST(CoapExchange exchange) {
            record(exchange);
            exchange.respond(ResponseCode.CHANGED);
        }

        @Override
        public void handleDELETE(CoapExchange exchange) {
            record(exchange);
            exchange.respond(ResponseCode.DELETED);
        }
    }
}
