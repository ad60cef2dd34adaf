package org.thingconform.protocol.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Reads the key material a descriptor names: PEM certificate bundles, PEM private keys
 * (PKCS#8, PKCS#1 or SEC1, plain or encrypted, through Bouncy Castle's {@link PEMParser}),
 * PKCS#12 and JKS stores. Problems come back as {@link IllegalArgumentException}s whose message
 * says what is wrong with the file, never the password or key.
 */
public final class KeyMaterialReader {

    /** Bouncy Castle's provider, for the ciphers of encrypted PEM keys the JDK's providers lack (not installed JVM-wide). */
    private static final java.security.Provider BC = new org.bouncycastle.jce.provider.BouncyCastleProvider();

    private KeyMaterialReader() {
    }

    /** The certificates of a PEM file (one or more {@code BEGIN CERTIFICATE} blocks). */
    public static List<X509Certificate> certificates(byte[] pem, String name) {
        try {
            List<X509Certificate> result = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem))) {
                result.add((X509Certificate) c);
            }
            if (result.isEmpty()) {
                throw new IllegalArgumentException(name + " holds no certificate");
            }
            return result;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(name + " is not a PEM certificate bundle: " + e.getMessage());
        }
    }

    /** A key store file ({@code PKCS12} or {@code JKS}) opened with {@code password} (may be empty). */
    public static KeyStore store(byte[] bytes, String type, char[] password, String name) {
        try {
            KeyStore store = KeyStore.getInstance(type);
            store.load(new ByteArrayInputStream(bytes), password);
            return store;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot open " + name + " as a " + type + " store (wrong password, or "
                    + "not a " + type + " file): " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot open " + name + " as a " + type + " store: " + e.getMessage());
        }
    }

    /** The first private key entry of a PKCS#12 file, with its chain. */
    public static ClientKey pkcs12(byte[] bytes, char[] password, String name) {
        KeyStore store = store(bytes, "PKCS12", password, name);
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) store.getKey(alias, password);
                    Certificate[] chain = store.getCertificateChain(alias);
                    if (key == null || chain == null || chain.length == 0) {
                        continue;
                    }
                    List<X509Certificate> certificates = new ArrayList<>();
                    for (Certificate c : chain) {
                        certificates.add((X509Certificate) c);
                    }
                    return new ClientKey(name, key, certificates);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the private key in " + name + ": " + e.getMessage());
        }
        throw new IllegalArgumentException(name + " holds no private key with its certificate");
    }

    /** A client identity from a PEM certificate chain and a PEM private key ({@code password} null when plain). */
    public static ClientKey pem(byte[] certificatePem, String certificateName, byte[] keyPem, String keyName,
                                char[] password) {
        return new ClientKey(certificateName, privateKey(keyPem, keyName, password),
                certificates(certificatePem, certificateName));
    }

    /** The private key of a PEM file, decrypting it with {@code password} when it is encrypted. */
    public static PrivateKey privateKey(byte[] pem, String name, char[] password) {
        try (PEMParser parser = new PEMParser(new StringReader(new String(pem, StandardCharsets.US_ASCII)))) {
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                if (object instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (object instanceof PEMKeyPair pair) {
                    // SEC1 and PKCS#1 keys may come without their public half: take the private key info alone
                    return converter.getPrivateKey(pair.getPrivateKeyInfo());
                }
                if (object instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                    return converter.getPrivateKey(encrypted.decryptPrivateKeyInfo(
                            new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC).build(required(password, name))));
                }
                if (object instanceof PEMEncryptedKeyPair encrypted) {
                    return converter.getPrivateKey(encrypted.decryptKeyPair(
                            new JcePEMDecryptorProviderBuilder().setProvider(BC).build(required(password, name)))
                            .getPrivateKeyInfo());
                }
            }
            throw new IllegalArgumentException(name + " holds no PEM private key (expected a BEGIN PRIVATE KEY, "
                    + "BEGIN RSA PRIVATE KEY, BEGIN EC PRIVATE KEY or BEGIN ENCRYPTED PRIVATE KEY block)");
        } catch (PKCSException | OperatorCreationException e) {
            throw new IllegalArgumentException("cannot decrypt the private key in " + name + " (wrong keyPassword?)");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the private key in " + name + ": " + e.getMessage());
        }
    }

    private static char[] required(char[] password, String name) {
        if (password == null) {
            throw new IllegalArgumentException("the private key in " + name + " is encrypted, but no keyPassword is "
                    + "given");
        }
        return password;
    }
}
