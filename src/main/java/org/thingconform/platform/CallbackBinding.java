package org.thingconform.platform;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import org.thingconform.protocol.tls.TlsContexts;

/**
 * Opens the peer's push receiver where {@link CallbackSettings} say and names the URL it is
 * reached by. A failure to listen is explained: the address and port, why (not an address of
 * this machine, the port taken, an unknown host name) and what was expected.
 */
final class CallbackBinding {

    private static final int BACKLOG = 16;

    private CallbackBinding() {
    }

    /** A server (not yet started) bound as the settings say, HTTPS when they give a certificate. */
    static HttpServer listen(CallbackSettings settings) {
        InetAddress address;
        try {
            address = InetAddress.getByName(bracketless(settings.bind()));
        } catch (UnknownHostException e) {
            throw problem(settings, "the host name " + settings.bind() + " does not resolve",
                    "an address of this machine, or a name that resolves to one", e);
        }
        InetSocketAddress socket = new InetSocketAddress(address, settings.port());
        try {
            if (!settings.secure()) {
                return HttpServer.create(socket, BACKLOG);
            }
            HttpsServer server = HttpsServer.create(socket, BACKLOG);
            server.setHttpsConfigurator(new HttpsConfigurator(TlsContexts.server(settings.certificate())));
            return server;
        } catch (BindException e) {
            if (!onThisMachine(address)) {
                throw problem(settings, address.getHostAddress() + " is not an address of this machine (" + e.getMessage()
                        + ")", "the address of one of this machine's interfaces, 0.0.0.0 for all of them, or "
                        + "127.0.0.1; a NAT or proxy address belongs in publicUrl", e);
            }
            throw problem(settings, settings.port() == 0 ? "no free port (" + e.getMessage() + ")"
                    : "port " + settings.port() + " is taken (" + e.getMessage() + ")",
                    "a port no other process listens on, or port 0 for a free one", e);
        } catch (IOException e) {
            throw problem(settings, e.getMessage(), "an address of this machine and a free port", e);
        }
    }

    /** The base URL the platform is told: the public URL, or that of the bound address and port. */
    static String baseUrl(CallbackSettings settings, HttpServer server) {
        if (settings.publicUrl() != null) {
            return settings.publicUrl();
        }
        String host = bracketless(settings.bind());
        return (settings.secure() ? "https://" : "http://") + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + server.getAddress().getPort();
    }

    private static boolean onThisMachine(InetAddress address) {
        try {
            return address.isAnyLocalAddress() || address.isLoopbackAddress()
                    || NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return true; // cannot tell: blame the port, and say what the JDK said
        }
    }

    private static String bracketless(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static UncheckedIOException problem(CallbackSettings settings, String problem, String expected,
                                                IOException cause) {
        String where = settings.where() == null ? "" : " (interconnection.callback at " + settings.where() + ")";
        return new UncheckedIOException("cannot open the peer's push receiver on " + settings.bind() + ":"
                + (settings.port() == 0 ? "a free port" : settings.port()) + where + ": " + problem + "; expected "
                + expected, cause);
    }
}
