package org.thingconform.evidence;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.util.Base64;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs bytes with a {@link SigningKey} as a detached CMS (PKCS#7) signature in DER, carrying
 * the certificate chain, so {@code openssl cms -verify -binary -inform DER} can check it.
 */
public final class CmsSigner {

    private CmsSigner() {
    }

    /** The detached signature of {@code content}, SHA-256 with the key's algorithm (EC, RSA or Ed25519). */
    public static byte[] sign(byte[] content, SigningKey key) {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(algorithm(key)).build(key.privateKey());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).build(signer, key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (OperatorCreationException | CertificateEncodingException | CMSException | IOException e) {
            throw new EvidenceException("error: cannot sign with the key of " + key.subject() + " (" + e.getMessage() + ")", e);
        }
    }

    /** The key's certificate chain as PEM, signer first: what {@code openssl cms -verify -CAfile} reads. */
    public static String pem(SigningKey key) {
        StringBuilder pem = new StringBuilder();
        Base64.Encoder base64 = Base64.getMimeEncoder(64, new byte[]{'\n'});
        for (var certificate : key.chain()) {
            try {
                pem.append("-----BEGIN CERTIFICATE-----\n").append(base64.encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (CertificateEncodingException e) {
                throw new EvidenceException("error: cannot encode the certificate of " + key.subject(), e);
            }
        }
        return pem.toString();
    }

    private static String algorithm(SigningKey key) {
        return switch (key.privateKey().getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> throw new EvidenceException("error: cannot sign with a " + key.privateKey().getAlgorithm()
                    + " key; expected an EC, RSA or Ed25519 key");
        };
    }
}
