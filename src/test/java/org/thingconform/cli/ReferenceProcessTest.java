package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.platform.DescriptorWriter;

/**
 * The two-process path of issue #7: {@code thingconform reference} runs the reference platform
 * as its own OS process and writes its descriptor; {@code thingconform run --platform FILE}
 * then tests it as any third-party platform. The interconnection profile passes in full, a few
 * TSL clauses pass over MQTT, and a fault switched on in that process turns exactly its clause
 * to FAIL. No secret appears in the descriptor, the process output or the reports.
 */
class ReferenceProcessTest {

    private static final Duration START = Duration.ofSeconds(180);
    private static final String PI = "test-profiles/platform-interconnection";
    private static final List<String> PI_CLAUSES = List.of("PI-5.1.1", "PI-5.1.2", "PI-5.1.3", "PI-6.1.1", "PI-6.1.2",
            "PI-6.2.1", "PI-6.3.1", "PI-6.3.2");

    @TempDir
    static Path dir;
    private static ReferenceProcess clean;
    private static ReferenceProcess faulty;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @BeforeAll
    static void startReferenceProcesses() throws Exception {
        // both start at once: the slow part is each JVM's broker start
        clean = ReferenceProcess.start(Files.createDirectories(dir.resolve("clean")));
        faulty = ReferenceProcess.start(Files.createDirectories(dir.resolve("faulty")), "--profile", PI,
                "--fault", "list-unshared-devices");
        clean.awaitReady(START);
        faulty.awaitReady(START);
    }

    @AfterAll
    static void stopReferenceProcesses() throws Exception {
        if (clean != null) {
            clean.close();
        }
        if (faulty != null) {
            faulty.close();
        }
    }

    @Test
    void theInterconnectionProfilePassesEveryClauseAgainstTheReferenceProcess() throws Exception {
        Path reports = dir.resolve("reports-pi");
        int exit = Main.execute("run", "--platform", clean.descriptor().toString(), "--profile", PI,
                "--out", reports.toString());

        assertThat(exit).as(console.stdout() + console.stderr()).isEqualTo(ExitCode.CONFORMANT);
        for (String clause : PI_CLAUSES) {
            assertThat(console.stdout()).containsPattern(clause.replace(".", "\\.") + "\\s+MUST\\s+PASS");
        }
        assertThat(console.stdout()).contains("16 clause(s): 16 PASS");
        assertNoSecretIn(clean, reports);
    }

    @Test
    void tslClausesPassOverMqttAgainstTheReferenceProcess() {
        int exit = Main.execute("run", "--platform", clean.descriptor().toString(), "--profile",
                "test-profiles/tsl-alink-mqtt", "--clause", "TM-5.1.*", "--clause", "TM-5.3.1", "--binding", "alink-mqtt",
                "--out", dir.resolve("reports-tsl").toString());

        assertThat(exit).as(console.stdout() + console.stderr()).isEqualTo(ExitCode.CONFORMANT);
        assertThat(console.stdout()).containsPattern("TM-5\\.1\\.1\\s+MUST\\s+PASS")
                .containsPattern("TM-5\\.1\\.2\\s+MUST\\s+PASS").containsPattern("TM-5\\.3\\.1\\s+MUST\\s+PASS")
                .contains("3 clause(s): 3 PASS");
    }

    @Test
    void aFaultSwitchedOnInTheProcessTurnsExactlyItsClauseToFailAndSigtermDeletesTheSecrets() throws Exception {
        int exit = Main.execute("run", "--platform", faulty.descriptor().toString(), "--profile", PI,
                "--out", dir.resolve("reports-fault").toString());

        assertThat(exit).as(console.stdout() + console.stderr()).isEqualTo(ExitCode.FAIL);
        for (String clause : PI_CLAUSES) {
            String verdict = clause.equals("PI-6.1.2") ? "FAIL" : "PASS";
            assertThat(console.stdout()).containsPattern(clause.replace(".", "\\.") + "\\s+MUST\\s+" + verdict);
        }
        assertThat(console.stdout()).contains("16 clause(s): 15 PASS").contains("1 FAIL");

        Path secrets = DescriptorWriter.secretsDir(faulty.descriptor());
        assertThat(secrets).isDirectory();
        assertThat(faulty.stop(Duration.ofSeconds(60))).as(faulty.output()).isEqualTo(143);
        assertThat(faulty.output()).contains("stopping: the secrets of " + faulty.descriptor() + " are deleted");
        assertThat(secrets).doesNotExist();
    }

    @Test
    void theSecretsAreInOwnerOnlyFilesBesideTheDescriptor() throws Exception {
        Path secrets = DescriptorWriter.secretsDir(clean.descriptor());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(secrets)) {
            assertThat(files.toList()).isNotEmpty().allSatisfy(file -> assertThat(PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file))).isEqualTo("rw-------"));
        }
        assertThat(Files.readString(clean.descriptor())).contains("file: reference.yaml.secrets/device-shared-meter-1")
                .contains("INTERCONNECTION: true");
    }

    @Test
    void badOptionsGetAClearMessageAndExitTwo() {
        assertThat(Main.execute("reference")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains("error: thingconform reference needs --port-base N and --descriptor-out FILE");
        console.reset();
        assertThat(Main.execute("reference", "--port-base", "65534", "--descriptor-out", dir.resolve("x.yaml").toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains("error: --port-base 65534 is out of range; expected 0 (free ports) or "
                + "1024-65530");
        console.reset();
        assertThat(Main.execute("reference", "--port-base", "0", "--descriptor-out", dir.resolve("x.yaml").toString(),
                "--fault", "no-such-fault")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(console.stderr()).contains("error: unknown fault 'no-such-fault'; expected one of [");
        assertThat(dir.resolve("x.yaml")).doesNotExist();
        console.reset();
        assertThat(Main.execute("reference", "--list-faults")).isEqualTo(ExitCode.CONFORMANT);
        assertThat(console.stdout()).contains("list-unshared-devices").contains("PI-6.1.2");
    }

    @Test
    void aTakenPortStopsTheStartWithAMessageNamingIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int portBase = taken.getLocalPort() - 3;  // the northbound API's port, the first one opened
            Assumptions.assumeTrue(portBase >= 1024, "an ephemeral port this low leaves no room for a port base");

            int exit = Main.execute("reference", "--port-base", String.valueOf(portBase), "--profile", PI,
                    "--descriptor-out", dir.resolve("taken.yaml").toString());

            assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(console.stderr()).contains("error: the embedded reference platform failed to start: cannot open "
                    + "the northbound HTTP port " + taken.getLocalPort() + " on 127.0.0.1");
            assertThat(dir.resolve("taken.yaml")).doesNotExist();
        }
    }


    /** No secret of the descriptor (the files in its secrets folder) in the descriptor, the process output or a report. */
    private static void assertNoSecretIn(ReferenceProcess process, Path reports) throws Exception {
        List<String> secrets;
        try (Stream<Path> files = Files.list(DescriptorWriter.secretsDir(process.descriptor()))) {
            secrets = files.map(ReferenceProcessTest::read).toList();
        }
        assertThat(secrets).isNotEmpty().allSatisfy(secret -> assertThat(secret).hasSizeGreaterThan(8));
        List<String> texts;
        try (Stream<Path> files = Files.walk(reports)) {
            texts = Stream.concat(files.filter(Files::isRegularFile).map(ReferenceProcessTest::read),
                    Stream.of(read(process.descriptor()), process.output())).toList();
        }
        for (String secret : secrets) {
            assertThat(texts).noneMatch(text -> text.contains(secret));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
