package org.thingconform.protocol.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The wrong credentials of a device that signs in with its certificate: a self-signed
 * certificate with the same subject and a new key. A platform that checks the chain refuses
 * it; one that only reads the subject lets an impostor in, which is what the sign-in clauses
 * with wrong credentials must catch.
 */
public final class ForgedCertificate {

    private ForgedCertificate() {
    }

    /** A forgery of {@code genuine}: same subject, self-signed, valid now. */
    public static ClientKey of(ClientKey genuine) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair keys = generator.generateKeyPair();
            X500Name subject = X500Name.getInstance(genuine.certificate().getSubjectX500Principal().getEncoded());
            Instant now = Instant.now();
            var certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject,
                    BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(Duration.ofDays(1))), subject, keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
            return new ClientKey("a forged certificate of " + genuine.subject(), keys.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot forge a certificate: " + e.getMessage(), e);
        }
    }
}
