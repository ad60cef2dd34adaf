package org.thingconform.protocol.tls;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * An X.509 client identity: a private key and its certificate chain (leaf first), read from a
 * PKCS#12 or PEM file the descriptor names. Its {@code toString} shows the certificate, never
 * the key.
 *
 * @param name  the file as the descriptor names it, for reasons
 * @param key   the private key
 * @param chain the certificate chain, leaf first; never empty
 */
public record ClientKey(String name, PrivateKey key, List<X509Certificate> chain) {

    public ClientKey {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a client identity needs at least its own certificate");
        }
    }

    /** The leaf certificate, the one that names the client. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The leaf's subject, e.g. {@code CN=meter-1,OU=a1b2c3}. */
    public String subject() {
        return certificate().getSubjectX500Principal().getName();
    }

    /**
     * Why the leaf certificate is not valid now (expired or not yet valid), naming it and its
     * validity; empty when it is valid.
     */
    public java.util.Optional<String> validityProblem() {
        try {
            certificate().checkValidity();
            return java.util.Optional.empty();
        } catch (java.security.cert.CertificateExpiredException | java.security.cert.CertificateNotYetValidException e) {
            return java.util.Optional.of("the client certificate '" + subject() + "' (" + name + ") is valid from "
                    + certificate().getNotBefore().toInstant() + " to " + certificate().getNotAfter().toInstant()
                    + ", not now");
        }
    }

    @Override
    public String toString() {
        return "ClientKey[" + name + ", subject=" + subject() + ", key=******]";
    }
}
