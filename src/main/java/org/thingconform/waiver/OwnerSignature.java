package org.thingconform.waiver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.thingconform.evidence.SignatureCheck;
import org.thingconform.profile.Profile;

/**
 * Whether a waivers file is signed by the owner of a standard: a detached CMS signature (DER)
 * in {@code FILE.p7s} next to it, by the certificate the profile names in
 * {@code standard.ownerCertificate} or one it issued. A certification run accepts a waiver of a
 * MUST clause only then: a lab cannot excuse a mandatory requirement on its own authority.
 */
public final class OwnerSignature {

    private OwnerSignature() {
    }

    /** Where the signature of {@code waivers} is: the same name with {@code .p7s} added. */
    public static Path signatureOf(Path waivers) {
        return waivers.resolveSibling(waivers.getFileName() + ".p7s");
    }

    /** Why {@code waivers} does not hold as signed by {@code profile}'s owner, in words; null when it does. */
    static String problem(Path waivers, Profile profile) {
        String owner = profile.standard().ownerCertificate();
        if (owner == null) {
            return "profile " + profile.id() + " names no owner certificate (standard.ownerCertificate) to check a "
                    + "signature against";
        }
        Path signature = signatureOf(waivers);
        if (!Files.isRegularFile(signature)) {
            return "the waivers file is not signed (no " + signature.getFileName() + " next to it)";
        }
        try {
            List<X509Certificate> trusted = SignatureCheck.certificates(Files.readAllBytes(profile.file().resolveSibling(owner)));
            SignatureCheck check = SignatureCheck.of("the waivers file", Files.readAllBytes(waivers),
                    Files.readAllBytes(signature), trusted);
            if (check.valid()) {
                return null;
            }
            return "its signature does not hold: " + check.problem();
        } catch (IOException | GeneralSecurityException e) {
            return "its signature or the owner certificate cannot be read (" + e.getMessage() + ")";
        }
    }
}
