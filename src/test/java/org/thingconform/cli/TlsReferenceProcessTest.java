package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.platform.DescriptorWriter;

/**
 * {@code thingconform reference --tls} in its own process, tested through the descriptor it writes as
 * a lab tests a remote platform: its CA bundle, device certificates, keys and pre-shared keys sit in
 * owner-only files beside it, and sign-in and property posts pass over MQTT/TLS with client
 * certificates, MQTT 5/TLS, HTTPS and CoAP over DTLS with pre-shared keys. No key or secret appears
 * in the descriptor, the process output or the reports.
 */
class TlsReferenceProcessTest {

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void aLabRunsTheTslClausesAgainstTheTlsReferenceProcessOverEveryBinding(@TempDir Path dir) throws Exception {
        try (ReferenceProcess reference = ReferenceProcess.start(dir, "--tls", "--profile", "test-profiles/tsl-alink-mqtt")) {
            assertThat(reference.awaitReady(Duration.ofSeconds(180))).contains("ssl://localhost:")
                    .contains("coaps://localhost:").contains("https://localhost:");
            String descriptor = Files.readString(reference.descriptor());
            assertThat(descriptor).contains("file: reference.yaml.secrets/tls-ca.pem").contains("keyEncoding: hex")
                    .doesNotContain("BEGIN");
            Path reports = dir.resolve("reports");

            int exit = Main.execute("run", "--platform", reference.descriptor().toString(), "--profile",
                    "test-profiles/tsl-alink-mqtt", "--clause", "TM-5.1.*", "--clause", "TM-5.2.1",
                    "--out", reports.toString());

            assertThat(exit).as(console.stdout() + console.stderr()).isEqualTo(ExitCode.CONFORMANT);
            assertThat(console.stdout()).contains("3 clause(s): 3 PASS");
            List<String> secrets;
            try (Stream<Path> files = Files.list(DescriptorWriter.secretsDir(reference.descriptor()))) {
                // certificates and PSK identities are public (the trace names them, as it names user names)
                secrets = files.map(f -> f.getFileName().toString()).filter(name -> !name.endsWith("-ca.pem")
                        && !name.endsWith(".crt.pem") && !name.endsWith("-psk-identity"))
                        .map(name -> read(DescriptorWriter.secretsDir(reference.descriptor()).resolve(name))).toList();
            }
            assertThat(secrets).isNotEmpty();
            String everything = descriptor + reference.output() + console.stdout() + console.stderr() + allText(reports);
            for (String secret : secrets) {
                assertThat(everything).doesNotContain(secret.strip());
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String allText(Path dir) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("allure-report"))
                    .toList()) {
                text.append(read(file));
            }
        }
        return text.toString();
    }
}
