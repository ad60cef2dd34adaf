package org.thingconform.reference.pki;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.thingconform.protocol.tls.ClientKey;

/**
 * A key pair and the certificate chain a {@link ThrowawayCa} issued for it (leaf first), with
 * the forms servers, clients and files want: a {@link ClientKey}, a key store, PEM text.
 */
public record IssuedCertificate(PrivateKey key, List<X509Certificate> chain) {

    public IssuedCertificate {
        chain = List.copyOf(chain);
    }

    /** The leaf certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** As a client identity named {@code name}. */
    public ClientKey clientKey(String name) {
        return new ClientKey(name, key, chain);
    }

    /** A key store of {@code type} (PKCS12 or JKS) holding the key under {@code alias}, protected by {@code password}. */
    public KeyStore keyStore(String type, String alias, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance(type);
            store.load(null, null);
            store.setKeyEntry(alias, key, password, chain.toArray(Certificate[]::new));
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a " + type + " key store: " + e.getMessage(), e);
        }
    }

    /**
     * A server-side TLS context presenting this certificate and trusting {@code clientCa} for client
     * certificates (whether they are asked for is the server's choice).
     */
    public javax.net.ssl.SSLContext serverContext(X509Certificate clientCa) {
        char[] password = "in-memory".toCharArray();
        try {
            javax.net.ssl.KeyManagerFactory keys = javax.net.ssl.KeyManagerFactory.getInstance(
                    javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore("PKCS12", "server", password), password);
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("ca", clientCa);
            javax.net.ssl.TrustManagerFactory trust = javax.net.ssl.TrustManagerFactory.getInstance(
                    javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up a TLS server context: " + e.getMessage(), e);
        }
    }

    /** Writes the key store of {@link #keyStore} to {@code file}. */
    public void writeKeyStore(Path file, String type, String alias, char[] password) {
        try (OutputStream out = Files.newOutputStream(file)) {
            keyStore(type, alias, password).store(out, password);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The chain as PEM certificates. */
    public String chainPem() {
        return pem(chain.toArray());
    }

    /** The private key as unencrypted PKCS#8 PEM. */
    public String keyPem() {
        try {
            return pem(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(key, null));
        } catch (org.bouncycastle.util.io.pem.PemGenerationException e) {
            throw new IllegalStateException("cannot write the key as PEM: " + e.getMessage(), e);
        }
    }

    static String pem(Object... objects) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object o : objects) {
                writer.writeObject(o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "IssuedCertificate[" + certificate().getSubjectX500Principal().getName() + ", key=******]";
    }
}
