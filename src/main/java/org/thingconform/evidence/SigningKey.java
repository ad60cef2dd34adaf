package org.thingconform.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.thingconform.source.BadInputException;

/**
 * The key and certificate chain evidence is signed with, from a PKCS#12 key store holding
 * exactly one private key. Its text form names the certificate, never the key.
 *
 * @param chain the signer's certificate first, then its issuers as the key store holds them
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningKey {
        chain = List.copyOf(chain);
    }

    /** The signer's own certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The signer's subject, e.g. {@code CN=Lab}. */
    public String subject() {
        return certificate().getSubjectX500Principal().getName();
    }

    /**
     * The only private key in the PKCS#12 key store {@code file} and its chain; {@code password}
     * opens the store and the key.
     *
     * @throws BadInputException one line naming the file (never the password) when it is missing,
     *                           not PKCS#12, the password is wrong, or it holds no key or several
     */
    public static SigningKey load(Path file, char[] password) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": error: no such signing key file; expected a PKCS#12 key store");
        }
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new BadInputException(file + ": error: cannot open the signing key ("
                    + (e.getMessage() == null ? "not a PKCS#12 key store" : e.getMessage())
                    + "); expected a PKCS#12 key store and its password");
        }
        try {
            List<String> keys = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    keys.add(alias);
                }
            }
            if (keys.size() != 1) {
                throw new BadInputException(file + ": error: the key store holds " + keys.size() + " private key(s) "
                        + keys + "; expected exactly one to sign with");
            }
            PrivateKey key = (PrivateKey) store.getKey(keys.get(0), password);
            Certificate[] chain = store.getCertificateChain(keys.get(0));
            if (key == null || chain == null || chain.length == 0) {
                throw new BadInputException(file + ": error: the key '" + keys.get(0) + "' has no certificate; "
                        + "expected a key with its certificate (keytool -genkeypair makes both)");
            }
            if (!List.of("EC", "RSA", "Ed25519", "EdDSA").contains(key.getAlgorithm())) {
                throw new BadInputException(file + ": error: the key '" + keys.get(0) + "' is " + key.getAlgorithm()
                        + "; expected an EC, RSA or Ed25519 key");
            }
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate c : chain) {
                certificates.add((X509Certificate) c);
            }
            return new SigningKey(key, certificates);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new BadInputException(file + ": error: cannot read the signing key (" + e.getMessage()
                    + "); expected a PKCS#12 key store with one private key and its X.509 certificate");
        }
    }

    @Override
    public String toString() {
        return "SigningKey[" + subject() + "]";
    }
}
