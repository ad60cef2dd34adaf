package org.thingconform.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.reference.pki.IssuedCertificate;
import org.thingconform.reference.pki.ThrowawayCa;

/** Verifying sealed evidence: digests, added and missing files, the signature and its chain, folder or zip. */
class BundleVerifierTest {

    private final ThrowawayCa ca = ThrowawayCa.create("Test Lab CA");
    private final IssuedCertificate issued = ca.client("CN=Test Lab");
    private final SigningKey key = new SigningKey(issued.key(), issued.chain());

    @TempDir
    Path dir;
    Path evidence;

    @BeforeEach
    void sealedEvidence() throws Exception {
        evidence = dir.resolve("evidence");
        Files.createDirectories(evidence.resolve("reports"));
        Files.writeString(evidence.resolve("run.json"), "{\"certify\": false}");
        Files.writeString(evidence.resolve("reports/clause-matrix.json"), "{\"summary\": {\"pass\": 3}}");
        EvidenceFolder.seal(evidence, key);
    }

    @Test
    void sealedEvidenceVerifiesAsAFolderAndAsAZipAndChainsToItsCa() {
        Path zip = dir.resolve("bundle.zip");
        EvidenceZip.pack(evidence, zip);

        for (Path source : List.of(evidence, dir, zip)) {
            Verification verification = BundleVerifier.verify(source, List.of(ca.certificate()));
            assertThat(verification.problems()).as(source.toString()).isEmpty();
            assertThat(verification.signer()).isEqualTo("CN=Test Lab");
            assertThat(verification.files()).isEqualTo(3); // run.json, the matrix, signer.pem
            assertThat(verification.summary().path("pass").asInt()).isEqualTo(3);
        }
    }

    @Test
    void aChangedAMissingAndAnAddedFileAreEachNamed() throws Exception {
        Files.writeString(evidence.resolve("run.json"), "{\"certify\": true}");
        Files.delete(evidence.resolve("reports/clause-matrix.json"));
        Files.writeString(evidence.resolve("reports/extra.txt"), "slipped in");

        List<String> problems = BundleVerifier.verify(evidence, List.of()).problems();

        assertThat(problems).hasSize(3);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("run.json: error: changed"))
                .anySatisfy(p -> assertThat(p).startsWith("reports/clause-matrix.json: error: missing"))
                .anySatisfy(p -> assertThat(p).startsWith("reports/extra.txt: error: added"));
    }

    @Test
    void aManifestRewrittenToMatchAChangedFileBreaksTheSignature() throws Exception {
        Files.writeString(evidence.resolve("run.json"), "{\"certify\": true}");
        Sha256Sums.write(evidence);

        assertThat(BundleVerifier.verify(evidence, List.of()).problems())
                .singleElement().asString().startsWith("SHA256SUMS.p7s: error: SHA256SUMS changed since it was signed");
    }

    @Test
    void aSignatureRemovedOrFromAnotherCaDoesNotVerify() throws Exception {
        assertThat(BundleVerifier.verify(evidence, List.of(ThrowawayCa.create("Other CA").certificate())).problems())
                .singleElement().asString().startsWith("SHA256SUMS.p7s: error: the signer CN=Test Lab does not chain");

        Files.delete(evidence.resolve(Sha256Sums.SIGNATURE));

        assertThat(BundleVerifier.verify(evidence, List.of()).problems())
                .singleElement().asString().startsWith("SHA256SUMS.p7s: error: missing");
    }

    @Test
    void somethingThatIsNotEvidenceIsRefusedInOneLine() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.zip"), "not a zip");

        assertThatThrownBy(() -> BundleVerifier.verify(text, List.of())).isInstanceOf(EvidenceException.class)
                .hasMessageStartingWith(text + ": error: not an evidence bundle");
        assertThatThrownBy(() -> BundleVerifier.verify(dir.resolve("nothing"), List.of()))
                .hasMessageContaining("no such file or folder");
    }
}
