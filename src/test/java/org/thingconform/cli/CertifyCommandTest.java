package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.reference.pki.ThrowawayCa;

/**
 * {@code run --certify}: what a certification run refuses (exit 2, one line, nothing run), and
 * that every report says whether a run is one.
 */
class CertifyCommandTest {

    private static final String BROKER = "test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml";
    private static final String TSL = "test-profiles/tsl-alink-mqtt";

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--fault drop-events                 | error: --certify refuses --fault: a certification run tests the platform as it is",
        "--ics CLIENT_DOLLAR_TOPICS=yes      | error: --certify refuses --ics: every ICS answer comes from the platform's descriptor",
        "--ics-default yes                   | error: --certify refuses --ics-default: every ICS item must be answered in the descriptor",
        "--clause MQTT-3.1.*                 | error: --certify refuses --clause: a certification run covers every clause and binding",
        "--level must                        | error: --certify refuses --level: a certification run covers every clause",
        "--param quietPeriod=300ms           | error: --certify refuses --param quietPeriod: profile mqtt-broker-3.1.1 does not mark it as IXIT; expected one of [replyTimeout]",
    })
    void aCertificationRunRefusesWhatWouldBendItAndRunsNothing(String option, String message, @TempDir Path out) {
        String[] words = option.trim().split(" ");
        int exit = Main.execute("run", "--certify", "--profile", BROKER, "--out", out.toString(), words[0], words[1]);

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr().strip()).startsWith(message.strip()).doesNotContain("\n").doesNotContain("\tat ");
        assertThat(out.resolve("journal.jsonl")).as("nothing ran").doesNotExist();
    }

    @Test
    void aDraftStandardIsRefusedUnlessAllowedAndNamesTheProfile(@TempDir Path out) {
        int exit = Main.execute("run", "--certify", "--profile", TSL, "--out", out.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains(Path.of(TSL, "profile.yaml").toAbsolutePath()
                + ": error: --certify refuses profile tsl-alink-mqtt: its standard TSL-ALINK draft-2026-11 is a draft; "
                + "expected a published standard, or --allow-draft");
    }

    @Test
    void allowDraftIsOnlyForACertificationRun(@TempDir Path out) {
        assertThat(Main.execute("run", "--allow-draft", "--profile", BROKER, "--out", out.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains("--allow-draft applies to a certification run only");
    }

    @Test
    void aSignedCertificationRunAgainstTheReferenceBrokerVerifiesAndSaysSoInEveryReport(@TempDir Path dir)
            throws Exception {
        ThrowawayCa ca = ThrowawayCa.create("Test Lab CA");
        Path key = dir.resolve("lab.p12");
        ca.client("CN=Test Lab").writeKeyStore(key, "PKCS12", "lab", "Lab-Pa55word".toCharArray());
        Path password = Files.writeString(dir.resolve("password.txt"), "Lab-Pa55word\n");
        Path out = dir.resolve("out");
        Path bundle = dir.resolve("certification.zip");

        int exit = Main.execute("run", "--certify", "--profile", BROKER, "--out", out.toString(), "--bundle",
                bundle.toString(), "--sign-key", key.toString(), "--sign-key-password-file", password.toString());

        assertThat(exit).as(console.stdout() + console.stderr()).isZero();
        assertThat(console.stdout()).contains("— certification run\n").contains("signed by CN=Test Lab");
        console.reset();
        assertThat(Main.execute("verify", bundle.toString())).as(console.stdout() + console.stderr()).isZero();
        assertThat(console.stdout()).contains("certification run: yes").contains("signer: CN=Test Lab");
        if (onPath("openssl") && onPath("sha256sum")) {
            Path evidence = out.resolve("evidence");
            succeeds(evidence, "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "SHA256SUMS.p7s",
                    "-content", "SHA256SUMS", "-CAfile", "signer.pem", "-purpose", "any", "-out", "/dev/null");
            succeeds(evidence, "sha256sum", "--quiet", "-c", "SHA256SUMS");
        }
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(out.resolve("clause-matrix.json").toFile()).get("runKind").asText())
                .isEqualTo("certification run");
        JsonNode manifest = json.readTree(out.resolve("run-manifest.json").toFile());
        assertThat(manifest.get("runKind").asText()).isEqualTo("certification run");
        assertThat(Files.readString(out.resolve("clause-matrix.html"))).contains("<th>Certification</th><td>certification run</td>");
        Properties environment = new Properties();
        try (var reader = Files.newBufferedReader(out.resolve("allure-results/environment.properties"))) {
            environment.load(reader);
        }
        assertThat(environment).containsEntry("Certification", "certification run");
    }

    private static void succeeds(Path dir, String... words) throws Exception {
        Process process = new ProcessBuilder(words).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as(String.join(" ", words)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", words) + "\n" + output).isZero();
    }

    private static boolean onPath(String program) {
        return java.util.stream.Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    @Test
    void anyOtherRunSaysItIsNotOne(@TempDir Path out) throws Exception {
        int exit = Main.execute("run", "--profile", BROKER, "--clause", "MQTT-3.1.0-1", "--out", out.toString());

        assertThat(exit).as(console.stdout() + console.stderr()).isZero();
        assertThat(console.stdout()).contains("— not a certification run\n");
        assertThat(new ObjectMapper().readTree(out.resolve("clause-matrix.json").toFile()).get("runKind").asText())
                .isEqualTo("not a certification run");
    }
}
