package org.thingconform.protocol.tls;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Where a client's trust in a server's certificate comes from: the JVM's default trust store,
 * a PEM bundle of CA certificates, or a trust store file. Loaded when the descriptor is read, so
 * a broken file is reported at its place in the descriptor, not in the middle of a run.
 */
public sealed interface TrustSource {

    /** How reasons name this trust, e.g. {@code the PEM CA bundle ca.pem}. */
    String describe();

    /** The JVM's default trust store ({@code cacerts}). */
    record JvmDefault() implements TrustSource {
        @Override
        public String describe() {
            return "the JVM's default trust store";
        }
    }

    /** CA certificates from a PEM file; {@code name} is the file as the descriptor names it. */
    record PemBundle(String name, List<X509Certificate> certificates) implements TrustSource {
        public PemBundle {
            certificates = List.copyOf(certificates);
        }

        @Override
        public String describe() {
            return "the PEM CA bundle " + name + " (" + certificates.size() + " certificate(s))";
        }
    }

    /** A PKCS#12 or JKS trust store; {@code name} is the file as the descriptor names it. */
    record TrustStore(String name, KeyStore store) implements TrustSource {
        @Override
        public String describe() {
            return "the trust store " + name;
        }

        @Override
        public String toString() {
            return "TrustStore[" + name + "]";
        }
    }
}
