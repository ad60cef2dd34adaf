package org.thingconform.protocol.tls;

import java.util.List;

/**
 * How a client secures one connection: TLS over TCP (MQTT, HTTPS) or DTLS over UDP (CoAP).
 * Trust, the TLS versions and cipher suites offered (IXIT: empty means the JVM's defaults),
 * the server name sent for SNI (null: the endpoint's host when it is a name), whether the
 * server's certificate must match the host (on unless a descriptor turns it off, which the run
 * records), and the client's own credentials: an X.509 key, a DTLS pre-shared key, or the X.509
 * key's public half as a DTLS raw public key.
 */
public record TlsSettings(TrustSource trust, List<String> versions, List<String> cipherSuites, String serverName,
                          boolean verifyHostname, ClientKey clientKey, PreSharedKey psk, boolean rawPublicKey) {

    /** The JVM's trust, its versions and suites, host name verified, no client credentials. */
    public static final TlsSettings DEFAULT = new TlsSettings(new TrustSource.JvmDefault(), List.of(), List.of(), null,
            true, null, null, false);

    public TlsSettings {
        versions = List.copyOf(versions);
        cipherSuites = List.copyOf(cipherSuites);
    }

    /** The same settings with {@code key} as the client's X.509 identity (null keeps the current one). */
    public TlsSettings withClientKey(ClientKey key) {
        return key == null ? this : new TlsSettings(trust, versions, cipherSuites, serverName, verifyHostname, key, psk,
                rawPublicKey);
    }

    /** The same settings with {@code key} as the client's DTLS pre-shared key (null keeps the current one). */
    public TlsSettings withPsk(PreSharedKey key) {
        return key == null ? this : new TlsSettings(trust, versions, cipherSuites, serverName, verifyHostname, clientKey,
                key, rawPublicKey);
    }

    /** A one-line summary for manifests and traces; names files and choices, never key material. */
    public String describe() {
        return "trust " + trust.describe()
                + (versions.isEmpty() ? "" : ", versions " + versions)
                + (cipherSuites.isEmpty() ? "" : ", cipher suites " + cipherSuites)
                + (serverName == null ? "" : ", server name " + serverName)
                + (verifyHostname ? "" : ", host name verification OFF")
                + (clientKey == null ? "" : ", client certificate " + clientKey.subject())
                + (psk == null ? "" : ", pre-shared key")
                + (rawPublicKey ? ", raw public key" : "");
    }

    @Override
    public String toString() {
        return "TlsSettings[" + describe() + "]";
    }
}
