package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.evidence.CmsSigner;
import org.thingconform.evidence.SigningKey;
import org.thingconform.reference.pki.ThrowawayCa;

/**
 * In a certification run a waiver of a MUST clause holds only in a waivers file signed by the
 * standard's owner, whose certificate the profile names ({@code standard.ownerCertificate}):
 * unsigned, changed after signing, signed by someone else, or with no owner named is exit 2 at
 * the entry, before anything runs; signed by the owner, the run goes ahead.
 */
class SignedWaiversTest {

    private static final String WAIVERS = """
            waivers:
              - profile: mqtt-broker-3.1.1
                edition: "3.1.1"
                clause: MQTT-3.1.0-1
                reason: the broker's first-packet check ships in 2.1
                reference: https://example.org/challenges/17
                approver: OASIS MQTT TC
                granted: 2026-12-01
                expires: 2099-12-31
            """;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @TempDir
    Path dir;
    Path profile;
    Path waivers;
    ThrowawayCa owner;

    @BeforeEach
    void profileWithAnOwner() throws Exception {
        owner = ThrowawayCa.create("Standards Body");
        Files.writeString(dir.resolve("owner.pem"), owner.certificatePem());
        profile = dir.resolve("mqtt-3.1.1.profile.yaml");
        Files.writeString(profile, Files.readString(Path.of("test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml"))
                .replace("  status: published\n", "  status: published\n  ownerCertificate: owner.pem\n"));
        waivers = Files.writeString(dir.resolve("waivers.yaml"), WAIVERS);
    }

    @Test
    void anUnsignedWaiverOfAMustClauseIsRefusedAtTheEntry() {
        int exit = certify();

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains(waivers + ":2:").contains("--certify refuses the waiver for")
                .contains("it waives a MUST clause, and the waivers file is not signed (no waivers.yaml.p7s next to it)");
    }

    @Test
    void aWaiverChangedAfterTheOwnerSignedItIsRefused() throws Exception {
        sign(owner.client("CN=OASIS MQTT TC"));
        Files.writeString(waivers, WAIVERS.replace("2099-12-31", "2100-12-31"));

        assertThat(certify()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains("the waivers file changed since it was signed");
    }

    @Test
    void aWaiverSignedBySomeoneElseIsRefused() throws Exception {
        sign(ThrowawayCa.create("A Lab").client("CN=Lab"));

        assertThat(certify()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains("its signature does not hold: the signer").contains("does not chain");
    }

    @Test
    void aWaiverSignedByTheOwnerLetsTheCertificationRunGoAhead() throws Exception {
        sign(owner.client("CN=OASIS MQTT TC"));

        int exit = certify();

        assertThat(exit).as(console.stdout() + console.stderr()).isZero();
        assertThat(console.stdout()).contains("— certification run");
    }

    private int certify() {
        return Main.execute("run", "--certify", "--profile", profile.toString(), "--waivers", waivers.toString(),
                "--out", dir.resolve("out").toString());
    }

    private void sign(org.thingconform.reference.pki.IssuedCertificate signer) throws Exception {
        Path store = dir.resolve("signer.p12");
        signer.writeKeyStore(store, "PKCS12", "signer", "pw".toCharArray());
        SigningKey key = SigningKey.load(store, "pw".toCharArray());
        Files.write(dir.resolve("waivers.yaml.p7s"), CmsSigner.sign(Files.readAllBytes(waivers), key));
    }
}
