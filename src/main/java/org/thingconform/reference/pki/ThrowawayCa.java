package org.thingconform.reference.pki;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority made for one run and thrown away after it: the reference platform's
 * TLS, DTLS and mutual-TLS device identities, and the tests' good and bad certificates
 * (expired, wrong host, unknown issuer). EC P-256 keys, SHA-256 signatures, Bouncy Castle's
 * certificate builder.
 */
public final class ThrowawayCa {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String name;
    private final KeyPair keys;
    private final X509Certificate certificate;

    private ThrowawayCa(String name, KeyPair keys, X509Certificate certificate) {
        this.name = name;
        this.keys = keys;
        this.certificate = certificate;
    }

    /** A new CA named {@code CN=name}, valid from an hour ago for a day. */
    public static ThrowawayCa create(String name) {
        KeyPair keys = keyPair();
        X500Name subject = new X500Name("CN=" + name);
        Instant now = Instant.now();
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))), subject,
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
            return new ThrowawayCa(name, keys, sign(builder, keys));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the throwaway CA: " + e.getMessage(), e);
        }
    }

    /** The CA's own certificate, what clients and servers trust. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** The CA certificate as PEM. */
    public String certificatePem() {
        return IssuedCertificate.pem(certificate);
    }

    /**
     * A server certificate for {@code hosts} (DNS names and IP addresses, all put in the subject
     * alternative name), valid now for a day.
     */
    public IssuedCertificate server(String... hosts) {
        Instant now = Instant.now();
        return server(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), hosts);
    }

    /** A server certificate for {@code hosts} valid from {@code notBefore} to {@code notAfter}. */
    public IssuedCertificate server(Instant notBefore, Instant notAfter, String... hosts) {
        List<GeneralName> names = new ArrayList<>();
        for (String host : hosts) {
            names.add(isAddress(host) ? new GeneralName(GeneralName.iPAddress, address(host))
                    : new GeneralName(GeneralName.dNSName, host));
        }
        return issue("CN=" + hosts[0], notBefore, notAfter, KeyPurposeId.id_kp_serverAuth,
                new GeneralNames(names.toArray(GeneralName[]::new)));
    }

    /** A client certificate with subject {@code subject} (e.g. {@code CN=meter-1,OU=a1b2}), valid now for a day. */
    public IssuedCertificate client(String subject) {
        Instant now = Instant.now();
        return client(subject, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)));
    }

    /** A client certificate valid from {@code notBefore} to {@code notAfter} (in the past for an expired one). */
    public IssuedCertificate client(String subject, Instant notBefore, Instant notAfter) {
        return issue(subject, notBefore, notAfter, KeyPurposeId.id_kp_clientAuth, null);
    }

    private IssuedCertificate issue(String subject, Instant notBefore, Instant notAfter, KeyPurposeId purpose,
                                    GeneralNames alternativeNames) {
        KeyPair pair = keyPair();
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name("CN=" + name), serial(),
                    Date.from(notBefore), Date.from(notAfter), new X500Name(subject), pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(certificate));
            if (alternativeNames != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames);
            }
            return new IssuedCertificate(pair.getPrivate(), List.of(sign(builder, keys), certificate));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue a certificate for " + subject + ": " + e.getMessage(), e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no EC P-256 in this JVM: " + e.getMessage(), e);
        }
    }

    private static BigInteger serial() {
        return new BigInteger(64, RANDOM).add(BigInteger.ONE);
    }

    private static boolean isAddress(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }

    private static String address(String host) {
        try {
            return InetAddress.getByName(host).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + host, e);
        }
    }
}
