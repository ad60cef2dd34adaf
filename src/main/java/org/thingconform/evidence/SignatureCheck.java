package org.thingconform.evidence;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks a detached CMS signature over some bytes: every signer's signature, with the
 * certificate the signature carries, and, when CA certificates are given, that this
 * certificate chains to one of them (at the signing time it states, revocation not checked).
 *
 * @param signer  the subject of the (first) signer's certificate, or null when unknown
 * @param problem why the signature does not check out, or null when it does
 */
public record SignatureCheck(String signer, String problem) {

    /** True when the signature checks out. */
    public boolean valid() {
        return problem == null;
    }

    /**
     * Checks {@code p7s} (DER) as the detached signature of {@code content}, named {@code contentName} in a
     * problem (e.g. {@code SHA256SUMS}); {@code trusted} may be empty.
     */
    public static SignatureCheck of(String contentName, byte[] content, byte[] p7s, List<X509Certificate> trusted) {
        String subject = null;
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), p7s);
            List<X509Certificate> carried = new ArrayList<>();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            for (X509CertificateHolder holder : signed.getCertificates().getMatches(null)) {
                carried.add(converter.getCertificate(holder));
            }
            if (signed.getSignerInfos().size() == 0) {
                return new SignatureCheck(null, "the signature holds no signer");
            }
            for (SignerInformation info : signed.getSignerInfos().getSigners()) {
                @SuppressWarnings("unchecked")
                java.util.Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(info.getSID());
                if (matches.isEmpty()) {
                    return new SignatureCheck(subject, "the signature does not carry its signer's certificate");
                }
                X509Certificate certificate = converter.getCertificate(matches.iterator().next());
                subject = subject == null ? certificate.getSubjectX500Principal().getName() : subject;
                if (!info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                    return new SignatureCheck(subject, "the signature does not verify with its certificate");
                }
                if (!trusted.isEmpty()) {
                    String untrusted = chainProblem(certificate, carried, trusted, signingTime(info));
                    if (untrusted != null) {
                        return new SignatureCheck(subject, untrusted);
                    }
                }
            }
            return new SignatureCheck(subject, null);
        } catch (CMSSignerDigestMismatchException e) {
            return new SignatureCheck(subject, contentName + " changed since it was signed (digest mismatch)");
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | IllegalArgumentException e) {
            return new SignatureCheck(subject, "not a valid CMS signature (" + e.getMessage() + ")");
        }
    }

    /** The certificates in a PEM file's text, in order. */
    public static List<X509Certificate> certificates(byte[] pem) throws GeneralSecurityException {
        List<X509Certificate> certificates = new ArrayList<>();
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        factory.generateCertificates(new ByteArrayInputStream(pem)).forEach(c -> certificates.add((X509Certificate) c));
        return certificates;
    }

    private static Date signingTime(SignerInformation info) {
        Attribute time = info.getSignedAttributes() == null ? null
                : info.getSignedAttributes().get(CMSAttributes.signingTime);
        return time == null ? new Date() : Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate();
    }

    private static String chainProblem(X509Certificate signer, List<X509Certificate> carried,
                                       List<X509Certificate> trusted, Date at) {
        if (trusted.contains(signer)) {
            return null;
        }
        try {
            Set<TrustAnchor> anchors = new HashSet<>();
            trusted.forEach(t -> anchors.add(new TrustAnchor(t, null)));
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(at);
            List<X509Certificate> pool = new ArrayList<>(carried);
            pool.add(signer);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return null;
        } catch (GeneralSecurityException e) {
            return "the signer " + signer.getSubjectX500Principal().getName()
                    + " does not chain to the given CA certificate(s) (" + e.getMessage() + ")";
        }
    }
}
