package org.thingconform.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Verifies evidence as a third party would with {@code sha256sum -c} and {@code openssl cms
 * -verify}: every file {@code SHA256SUMS} lists is there with that digest, no other file is, and
 * the detached signature over {@code SHA256SUMS}, when there is one, verifies (and chains to the
 * given CA certificates, when given). A bundle with {@code signer.pem} but no signature, or
 * without a signature when CA certificates are given, does not verify.
 */
public final class BundleVerifier {

    private BundleVerifier() {
    }

    /**
     * Verifies the zip or folder {@code source}; {@code trusted} may be empty.
     *
     * @throws EvidenceException when {@code source} is not evidence at all or cannot be read
     */
    public static Verification verify(Path source, List<X509Certificate> trusted) {
        BundleContent content = BundleContent.read(source);
        byte[] manifest = content.files().get(Sha256Sums.FILE_NAME);
        if (manifest == null) {
            throw new EvidenceException(source + ": error: no " + Sha256Sums.FILE_NAME + " in it; expected the "
                    + "evidence/ folder a run writes, or the bundle of --bundle");
        }
        Sha256Sums sums = Sha256Sums.parse(manifest, Sha256Sums.FILE_NAME);
        List<String> problems = new ArrayList<>();
        content.duplicates().forEach(d -> problems.add(d + ": error: the bundle holds this file more than once"));
        for (Map.Entry<String, String> listed : sums.digests().entrySet()) {
            String actual = content.digests().get(listed.getKey());
            if (actual == null) {
                problems.add(listed.getKey() + ": error: missing (" + Sha256Sums.FILE_NAME + " lists it)");
            } else if (!actual.equals(listed.getValue())) {
                problems.add(listed.getKey() + ": error: changed (SHA-256 is " + actual + ", " + Sha256Sums.FILE_NAME
                        + " says " + listed.getValue() + ")");
            }
        }
        content.digests().keySet().stream()
                .filter(name -> !sums.digests().containsKey(name))
                .filter(name -> !name.equals(Sha256Sums.FILE_NAME) && !name.equals(Sha256Sums.SIGNATURE))
                .forEach(name -> problems.add(name + ": error: added (" + Sha256Sums.FILE_NAME + " does not list it)"));
        String signer = null;
        byte[] signature = content.files().get(Sha256Sums.SIGNATURE);
        if (signature != null) {
            SignatureCheck check = SignatureCheck.of("SHA256SUMS", manifest, signature, trusted);
            signer = check.signer();
            if (!check.valid()) {
                problems.add(Sha256Sums.SIGNATURE + ": error: " + check.problem());
            }
        } else if (sums.digests().containsKey(EvidenceFolder.SIGNER) || !trusted.isEmpty()) {
            problems.add(Sha256Sums.SIGNATURE + ": error: missing; expected the signature of " + Sha256Sums.FILE_NAME
                    + (trusted.isEmpty() ? " (the bundle holds " + EvidenceFolder.SIGNER + ", so it was signed)"
                    : " (a CA certificate was given)"));
        }
        JsonNode run = json(content.files().get(EvidenceRun.FILE_NAME));
        JsonNode matrix = json(content.files().get("reports/clause-matrix.json"));
        JsonNode summary = matrix.has("summary") ? matrix.get("summary") : run.path("summary");
        return new Verification(problems, sums.digests().size(), signer, run, summary);
    }

    private static JsonNode json(byte[] bytes) {
        if (bytes == null) {
            return EvidenceJson.MAPPER.createObjectNode();
        }
        try {
            return EvidenceJson.MAPPER.readTree(bytes);
        } catch (IOException e) {
            return EvidenceJson.MAPPER.createObjectNode();
        }
    }
}
