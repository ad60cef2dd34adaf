package org.thingconform.protocol.tls;

import java.io.IOException;
import java.net.IDN;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Turns {@link TlsSettings} into the JDK's TLS objects: an {@link SSLContext} whose trust
 * manager records what it saw in a {@link TlsObservation}, and the {@link SSLParameters} that
 * carry versions, cipher suites, SNI and host name verification. The one place that builds
 * TLS contexts for clients, so every adapter behaves alike (and the one server context the suite
 * itself serves with: the peer's HTTPS push receiver).
 */
public final class TlsContexts {

    private static final char[] IN_MEMORY = "in-memory".toCharArray();

    private TlsContexts() {
    }

    /** A client context for {@code settings}, recording into {@code observation}. */
    public static SSLContext client(TlsSettings settings, TlsObservation observation) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers(settings.clientKey()),
                    new TrustManager[] {new CheckingTrustManager(trustManager(settings.trust()), settings.verifyHostname(),
                            observation)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS (" + settings.describe() + "): " + e.getMessage(), e);
        }
    }

    /**
     * A server context presenting {@code identity} (a certificate and its key, read like a client
     * certificate), with the JVM's trust for any client certificate (none is asked for).
     */
    public static SSLContext server(ClientKey identity) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers(identity), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up a TLS server with " + identity + ": " + e.getMessage(), e);
        }
    }

    /**
     * The parameters for a connection to {@code host}: versions and suites when the settings name
     * them, the SNI server name (the settings' or, for a host name, the host), and endpoint
     * identification when host names are verified.
     */
    public static SSLParameters parameters(SSLContext context, TlsSettings settings, String host) {
        SSLParameters parameters = context.getDefaultSSLParameters();
        if (!settings.versions().isEmpty()) {
            parameters.setProtocols(settings.versions().toArray(String[]::new));
        }
        if (!settings.cipherSuites().isEmpty()) {
            parameters.setCipherSuites(settings.cipherSuites().toArray(String[]::new));
        }
        String sni = settings.serverName() != null ? settings.serverName() : hostName(host);
        if (sni != null) {
            parameters.setServerNames(List.of(new SNIHostName(IDN.toASCII(sni))));
        }
        parameters.setEndpointIdentificationAlgorithm(settings.verifyHostname() ? "HTTPS" : null);
        return parameters;
    }

    /** The trust manager of a trust source (for the JVM default, the JVM's own). */
    public static X509ExtendedTrustManager trustManager(TrustSource trust) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            KeyStore store = null;
            if (trust instanceof TrustSource.PemBundle pem) {
                store = store(pem.certificates());
            } else if (trust instanceof TrustSource.TrustStore file) {
                store = file.store();
            }
            factory.init(store);
            return Arrays.stream(factory.getTrustManagers()).filter(X509ExtendedTrustManager.class::isInstance)
                    .map(X509ExtendedTrustManager.class::cast).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no X.509 trust manager in this JVM"));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot read " + trust.describe() + ": " + e.getMessage(), e);
        }
    }

    /** The CA certificates a trust source trusts (for DTLS libraries that take a list). */
    public static List<X509Certificate> trustedCertificates(TrustSource trust) {
        return List.of(trustManager(trust).getAcceptedIssuers());
    }

    private static KeyManager[] keyManagers(ClientKey key) throws GeneralSecurityException {
        if (key == null) {
            return null;
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("client", key.key(), IN_MEMORY, key.chain().toArray(Certificate[]::new));
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, IN_MEMORY);
            return factory.getKeyManagers();
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static KeyStore store(List<X509Certificate> certificates) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        List<X509Certificate> list = new ArrayList<>(certificates);
        for (int i = 0; i < list.size(); i++) {
            store.setCertificateEntry("ca-" + i, list.get(i));
        }
        return store;
    }

    /** The host when it is a DNS name, null for an IP address literal (SNI carries names only). */
    static String hostName(String host) {
        if (host == null || host.isEmpty()) {
            return null;
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        boolean ip = bare.contains(":") || bare.matches("[0-9.]+");
        return ip ? null : bare;
    }
}
