package org.thingconform.reference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.thingconform.protocol.tls.TlsPeer;

/**
 * Opens the reference platform's HTTP servers: plain HTTP on the loopback address, or HTTPS
 * presenting the reference's server certificate and asking for a client certificate of its CA
 * (wanted, not needed: callers with a token or password connect too). The one place that
 * decides their scheme and base URL.
 */
final class HttpServers {

    private static final String LOOPBACK = "127.0.0.1";

    private HttpServers() {
    }

    /** A server on loopback {@code port} (0: a free one), HTTPS when {@code tls} is given; {@code what} names it in errors. */
    static HttpServer create(int port, ReferenceTls tls, String what) {
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(LOOPBACK), port);
            if (tls == null) {
                return HttpServer.create(address, 64);
            }
            HttpsServer server = HttpsServer.create(address, 64);
            server.setHttpsConfigurator(new HttpsConfigurator(tls.serverContext()) {
                @Override
                public void configure(HttpsParameters parameters) {
                    parameters.setWantClientAuth(true);
                }
            });
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the " + what + " port " + (port == 0 ? "" : port + " ")
                    + "on " + LOOPBACK + ": " + e.getMessage(), e);
        }
    }

    /** {@code http://127.0.0.1:port}, or {@code https://localhost:port} (the name its certificate carries). */
    static String baseUrl(HttpServer server) {
        return server instanceof HttpsServer ? "https://" + ReferenceTls.HOST + ":" + server.getAddress().getPort()
                : "http://" + LOOPBACK + ":" + server.getAddress().getPort();
    }

    /** The client certificate's subject the TLS handshake of {@code exchange} proved, or null. */
    static TlsPeer peer(HttpExchange exchange) {
        if (!(exchange instanceof HttpsExchange https)) {
            return null;
        }
        SSLSession session = https.getSSLSession();
        try {
            Certificate[] chain = session.getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate leaf
                    ? TlsPeer.certificate(leaf.getSubjectX500Principal().getName()) : null;
        } catch (SSLPeerUnverifiedException e) {
            return null;
        }
    }
}
