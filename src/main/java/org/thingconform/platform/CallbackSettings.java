package org.thingconform.platform;

import java.util.Set;
import org.thingconform.protocol.tls.ClientKey;

/**
 * Where the peer's push receiver listens and the URL the platform under test is told to call
 * (the descriptor's {@code interconnection.callback}): the address and port it binds (0: a free
 * one), the public URL pushes are addressed to (null: the URL of the bound address; for a
 * platform behind NAT or a reverse proxy, the URL the lab provides), and the server certificate
 * it presents when it serves HTTPS (null: plain HTTP). The receiver serves
 * {@code /callbacks/<name>} under the public URL.
 *
 * @param bind        the address (or host name) to listen on, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port        the TCP port, 0 for a free one
 * @param publicUrl   the base URL the platform calls, without a trailing slash; null for the bound address's
 * @param certificate the server certificate and key for HTTPS; null for plain HTTP
 * @param where       where the settings are written (file:line:column), for errors; null for the defaults
 */
public record CallbackSettings(String bind, int port, String publicUrl, ClientKey certificate, String where) {

    /** The wildcard addresses, which listen on every interface and so name no address a platform could call. */
    static final Set<String> WILDCARDS = Set.of("0.0.0.0", "::", "[::]", "0:0:0:0:0:0:0:0");

    /** A free port on 127.0.0.1, plain HTTP, announced as itself: enough for a platform on this machine. */
    public static final CallbackSettings LOOPBACK = new CallbackSettings("127.0.0.1", 0, null, null, null);

    public CallbackSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port 0-65535");
        }
    }

    /** Whether the receiver serves HTTPS. */
    public boolean secure() {
        return certificate != null;
    }

    /** A one-line summary for manifests: address, port, public URL and certificate subject; never key material. */
    public String describe() {
        return bind + ":" + (port == 0 ? "a free port" : port)
                + (publicUrl == null ? "" : ", announced as " + publicUrl)
                + (certificate == null ? ", http" : ", https with certificate " + certificate.subject());
    }

    @Override
    public String toString() {
        return "CallbackSettings[" + describe() + "]";
    }
}
