package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.reference.pki.IssuedCertificate;
import org.thingconform.reference.pki.ThrowawayCa;

/**
 * A signed run's evidence end to end: what {@code evidence/} holds, {@code --bundle}, the
 * signature, {@code thingconform verify} on the zip and the folder, openssl and sha256sum alone,
 * and a changed, missing or added file named; a bad key stops the run before it starts.
 */
class EvidenceBundleTest {

    private static final String PASSWORD = "Lab-Pa55word";
    private static final String[] SELECTION = {"--profile", "test-profiles/tsl-alink-mqtt", "--clause", "TM-5.1.1",
        "--binding", "alink-mqtt"};

    @TempDir
    static Path shared;
    static Path out;
    static Path bundle;
    static Path key;
    static Path passwordFile;
    static Path caPem;
    static int exit;
    static String printed;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @BeforeAll
    static void signedRun() throws Exception {
        ThrowawayCa ca = ThrowawayCa.create("Test Lab CA");
        IssuedCertificate signer = ca.client("CN=Test Lab");
        key = shared.resolve("lab.p12");
        signer.writeKeyStore(key, "PKCS12", "lab", PASSWORD.toCharArray());
        passwordFile = Files.writeString(shared.resolve("password.txt"), PASSWORD + "\n");
        caPem = Files.writeString(shared.resolve("ca.pem"), ca.certificatePem());
        out = shared.resolve("out");
        bundle = shared.resolve("bundle.zip");
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            exit = Main.execute(concat(SELECTION, "--out", out.toString(), "--bundle", bundle.toString(),
                    "--sign-key", key.toString(), "--sign-key-password-file", passwordFile.toString()));
        } finally {
            System.setOut(original);
        }
        printed = captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aSignedRunsBundleAndFolderVerify() {
        assertThat(exit).as(printed).isZero();
        assertThat(printed).contains("evidence: " + out.resolve("evidence") + " (").contains("signed by CN=Test Lab")
                .contains("bundle: " + bundle);

        assertThat(Main.execute("verify", bundle.toString())).as(console.stdout() + console.stderr()).isZero();
        assertThat(console.stdout()).contains("platform: ThingConform reference platform (version not declared)")
                .contains("profiles: tsl-alink-mqtt (TSL-ALINK draft-2026-11)")
                .contains("verdicts: 1 PASS, 0 FAIL").contains("certification run: no")
                .contains("signer: CN=Test Lab").contains("exit 0");
        console.reset();

        assertThat(Main.execute("verify", out.toString(), "--ca", caPem.toString()))
                .as(console.stdout() + console.stderr()).isZero();
        assertThat(console.stdout()).contains("chains to " + caPem);
    }

    @Test
    void theEvidenceHoldsTheExactInputsTheMaskedDescriptorAndEveryReport() throws Exception {
        Path evidence = out.resolve("evidence");
        assertThat(evidence.resolve("inputs/test-profiles/tsl-alink-mqtt/profile.yaml"))
                .hasSameBinaryContentAs(Path.of("test-profiles/tsl-alink-mqtt/profile.yaml"));
        assertThat(evidence.resolve("inputs/test-profiles/tsl-alink-mqtt/smart-meter.tsl.json"))
                .hasSameBinaryContentAs(Path.of("test-profiles/tsl-alink-mqtt/smart-meter.tsl.json"));
        assertThat(evidence.resolve("schemas/profile.schema.json"))
                .hasSameBinaryContentAs(Path.of("test-profiles/schema/profile.schema.json"));
        for (String report : List.of("clause-matrix.json", "clause-matrix.html", "run-manifest.json", "journal.jsonl",
                "junit/TEST-thingconform.xml", "allure-report/index.html")) {
            assertThat(evidence.resolve("reports").resolve(report)).hasSameBinaryContentAs(out.resolve(report));
        }
        try (Stream<Path> traces = Files.list(evidence.resolve("reports/allure-results"))) {
            assertThat(traces.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains("trace-attachment"));
        }
        String descriptor = Files.readString(evidence.resolve("descriptor.masked.json"));
        assertThat(descriptor).contains("\"deviceSecret\" : \"******\"").contains("\"bearerToken\" : \"******\"")
                .contains("icsAnswersUsed");
        try (Stream<Path> files = Files.walk(evidence)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain("Bearer ").doesNotContain(PASSWORD);
            }
        }
        assertThat(Files.readAllLines(evidence.resolve("SHA256SUMS"))).isNotEmpty()
                .allMatch(line -> line.matches("[0-9a-f]{64}  [^ ].*"))
                .anyMatch(l -> l.endsWith("  signer.pem")).anyMatch(l -> l.endsWith("  run.json"))
                .noneMatch(l -> l.endsWith("SHA256SUMS") || l.endsWith("SHA256SUMS.p7s"));
        JsonNode run = new ObjectMapper().readTree(evidence.resolve("run.json").toFile());
        assertThat(run.path("command").asText()).contains("--clause TM-5.1.1").contains("--binding alink-mqtt");
        assertThat(run.path("certify").asBoolean(true)).isFalse();
        assertThat(run.at("/suite/classPath")).isNotEmpty();
        assertThat(run.at("/suite/code/sha256").asText()).matches("(tree:)?[0-9a-f]{64}");
        assertThat(run.at("/environment/javaVersion").asText()).isEqualTo(System.getProperty("java.version"));
        assertThat(run.at("/platform/ics/ALINK_MQTT").asBoolean()).isTrue();
    }

    @Test
    void opensslAndSha256sumAloneVerifyTheBundle() throws Exception {
        assumeTrue(onPath("openssl") && onPath("sha256sum"), "openssl and sha256sum are not on the PATH");
        Path evidence = out.resolve("evidence");

        succeeds(evidence, "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "SHA256SUMS.p7s",
                "-content", "SHA256SUMS", "-CAfile", "signer.pem", "-purpose", "any", "-out", "/dev/null");
        succeeds(evidence, "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "SHA256SUMS.p7s",
                "-content", "SHA256SUMS", "-CAfile", caPem.toString(), "-purpose", "any", "-out", "/dev/null");
        succeeds(evidence, "sha256sum", "--quiet", "-c", "SHA256SUMS");
    }

    @Test
    void oneChangedByteInAnyFileMakesVerifyExitOneNamingIt() throws Exception {
        Path copy = copyOfEvidence("changed");
        Path junit = copy.resolve("reports/junit/TEST-thingconform.xml");
        byte[] bytes = Files.readAllBytes(junit);
        bytes[bytes.length / 2] ^= 1;
        Files.write(junit, bytes);

        assertThat(Main.execute("verify", copy.toString())).isEqualTo(ExitCode.FAIL);
        assertThat(console.stderr()).contains("reports/junit/TEST-thingconform.xml: error: changed");
        assertThat(console.stdout()).contains("exit 1").doesNotContain("exit 0");
        console.reset();

        Path zip = shared.resolve("changed.zip");
        rewriteZip(bundle, zip, "evidence/run.json");
        assertThat(Main.execute("verify", zip.toString())).isEqualTo(ExitCode.FAIL);
        assertThat(console.stderr()).contains("run.json: error: changed").doesNotContain("\tat ");
    }

    @Test
    void aMissingAndAnAddedFileMakeVerifyExitOneNamingEach() throws Exception {
        Path copy = copyOfEvidence("missing-added");
        Files.delete(copy.resolve("inputs/test-profiles/tsl-alink-mqtt/smart-meter.tsl.json"));
        Files.writeString(copy.resolve("reports/late-addition.txt"), "not part of the run");

        assertThat(Main.execute("verify", copy.toString())).isEqualTo(ExitCode.FAIL);
        assertThat(console.stderr())
                .contains("inputs/test-profiles/tsl-alink-mqtt/smart-meter.tsl.json: error: missing")
                .contains("reports/late-addition.txt: error: added");
    }

    @Test
    void aWrongKeyPasswordStopsTheRunBeforeItStartsWithoutPrintingThePassword(@TempDir Path dir) throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "not-the-Pa55word\n");
        Path runOut = dir.resolve("out");

        int code = Main.execute(concat(SELECTION, "--out", runOut.toString(), "--sign-key", key.toString(),
                "--sign-key-password-file", wrong.toString()));

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr().strip()).startsWith(key + ": error: cannot open the signing key").doesNotContain("\n")
                .doesNotContain("not-the-Pa55word").doesNotContain(PASSWORD);
        assertThat(console.stdout()).doesNotContain("TM-5.1.1");
        assertThat(runOut).doesNotExist();
    }

    @Test
    void aSignKeyNeedsExactlyOnePasswordSource(@TempDir Path dir) {
        assertThat(Main.execute(concat(SELECTION, "--out", dir.toString(), "--sign-key", key.toString())))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains("--sign-key needs exactly one password source");
        console.reset();

        assertThat(Main.execute(concat(SELECTION, "--out", dir.toString(), "--sign-key", key.toString(),
                "--sign-key-password-env", "THINGCONFORM_NO_SUCH_VARIABLE"))).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains("THINGCONFORM_NO_SUCH_VARIABLE: no such environment variable");
    }

    @Test
    void resumingACompletedRunPacksAndSignsItsEvidenceAgain() throws Exception {
        Path again = shared.resolve("again.zip");
        Path results = copy(out, shared.resolve("resume-copy"));

        int code = Main.execute("run", "--resume", results.toString(), "--bundle", again.toString(), "--sign-key",
                key.toString(), "--sign-key-password-file", passwordFile.toString());

        assertThat(code).as(console.stdout() + console.stderr()).isZero();
        assertThat(console.stdout()).contains("nothing to resume").contains("bundle: " + again);
        console.reset();
        assertThat(Main.execute("verify", again.toString(), "--ca", caPem.toString()))
                .as(console.stdout() + console.stderr()).isZero();
    }

    @Test
    void reportRendersARunsEvidenceIntoABundleToo() throws Exception {
        Path rendered = shared.resolve("rendered.zip");
        Path results = copy(out, shared.resolve("report-copy"));

        int code = Main.execute("report", results.toString(), "--bundle", rendered.toString());

        assertThat(code).as(console.stdout() + console.stderr()).isZero();
        assertThat(console.stdout()).contains("evidence: ").contains("unsigned").contains("bundle: " + rendered);
        console.reset();
        assertThat(Main.execute("verify", rendered.toString())).as(console.stdout() + console.stderr()).isZero();
        assertThat(console.stdout()).contains("signer: unsigned");
    }

    private static Path copyOfEvidence(String name) throws IOException {
        return copy(out.resolve("evidence"), shared.resolve(name));
    }

    private static Path copy(Path source, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(source.relativize(p).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(p, copy);
            }
        }
        return target;
    }

    /** Copies the zip {@code from} to {@code to} with one byte of entry {@code changed} flipped. */
    private static void rewriteZip(Path from, Path to, String changed) throws IOException {
        try (InputStream in = Files.newInputStream(from); ZipInputStream zip = new ZipInputStream(in);
             OutputStream file = Files.newOutputStream(to); ZipOutputStream copy = new ZipOutputStream(file)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                if (entry.getName().equals(changed)) {
                    bytes[0] ^= 1;
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
        }
    }

    private static void succeeds(Path dir, String... words) throws Exception {
        Process process = new ProcessBuilder(words).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", words)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", words) + "\n" + output).isZero();
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = new String[first.length + rest.length + 1];
        all[0] = "run";
        System.arraycopy(first, 0, all, 1, first.length);
        System.arraycopy(rest, 0, all, 1 + first.length, rest.length);
        return all;
    }
}
