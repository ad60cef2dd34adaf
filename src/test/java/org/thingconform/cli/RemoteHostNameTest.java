package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.platform.DescriptorWriter;
import org.thingconform.platform.DeviceRole;
import org.thingconform.platform.EmbeddedPlatform;
import org.thingconform.platform.EmbeddedPlatformProvider;
import org.thingconform.process.ChildJvm;
import org.thingconform.thingmodel.TslImporter;

/**
 * A descriptor may name its platform by any host name: {@code validate} accepts one that is not the
 * local machine's, and a run resolves names when it connects. The run goes in its own JVM whose
 * resolver reads a hosts file ({@code jdk.net.hosts.file}) mapping {@code platform.test.example} to
 * 127.0.0.1, so no name leaves this machine; a name the file does not know gives INCONCLUSIVE
 * reasons that name the host, exit 3.
 */
class RemoteHostNameTest {

    private static final Path PROFILE = Path.of("test-profiles/tsl-alink-mqtt/profile.yaml");
    private static EmbeddedPlatform platform;

    @BeforeAll
    static void start() {
        platform = ServiceLoader.load(EmbeddedPlatformProvider.class).findFirst().orElseThrow().start(
                List.of(new DeviceRole("meter", TslImporter.importFile(PROFILE.resolveSibling("smart-meter.tsl.json")))),
                Set.of());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void aHostNameIsAcceptedByValidateAndResolvedWhenTheRunConnects(@TempDir Path dir) throws Exception {
        Path descriptor = describe(dir, "platform.test.example");

        Ran validate = cli(dir, "validate", descriptor.toString());
        assertThat(validate.exit()).as(validate.printed()).isZero();

        Ran run = cli(dir, "run", "--platform", descriptor.toString(), "--profile", PROFILE.toString(),
                "--clause", "TM-5.1.1", "--binding", "alink-mqtt", "--binding", "alink-http", "--ics-default", "yes",
                "--out", dir.resolve("reports").toString());
        String printed = run.printed();
        assertThat(run.exit()).as(printed).isZero();
        assertThat(printed).contains("TM-5.1.1       MUST   PASS");
        assertThat(Files.readString(dir.resolve("reports").resolve("run-manifest.json")))
                .contains("platform.test.example");
    }

    @Test
    void aHostNameThatDoesNotResolveIsInconclusiveNamingTheHost(@TempDir Path dir) throws Exception {
        Path descriptor = describe(dir, "unknown.test.example");

        Ran run = cli(dir, "run", "--platform", descriptor.toString(), "--profile", PROFILE.toString(),
                "--clause", "TM-5.1.1", "--binding", "alink-mqtt", "--ics-default", "yes",
                "--out", dir.resolve("reports").toString());
        String printed = run.printed();
        assertThat(run.exit()).as(printed).isEqualTo(3);
        assertThat(printed).contains("TM-5.1.1").contains("INCONCLUSIVE").contains("unknown.test.example");
    }

    /** The running reference's descriptor with every 127.0.0.1 replaced by {@code host}. */
    private static Path describe(Path dir, String host) throws Exception {
        Path original = dir.resolve("reference.yaml");
        DescriptorWriter.write(platform.descriptor(), original, List.of("the in-process reference"));
        Path renamed = dir.resolve("platform-descriptor.yaml");
        Files.writeString(renamed, Files.readString(original).replace("127.0.0.1", host));
        // the secrets folder is named after the file: give the renamed descriptor its own
        Path secrets = DescriptorWriter.secretsDir(original);
        Files.move(secrets, DescriptorWriter.secretsDir(renamed));
        Files.writeString(renamed, Files.readString(renamed).replace(secrets.getFileName().toString() + "/",
                DescriptorWriter.secretsDir(renamed).getFileName() + "/"));
        return renamed;
    }

    /** {@code thingconform ARGS} in its own JVM, resolving names through a hosts file that knows platform.test.example. */
    private static Ran cli(Path dir, String... args) throws Exception {
        Path hosts = dir.resolve("hosts");
        Files.writeString(hosts, "127.0.0.1 localhost platform.test.example\n::1 localhost\n");
        List<String> command = new ArrayList<>(ChildJvm.sameClassPath());
        command.addAll(List.of("-Djdk.net.hosts.file=" + hosts, "-Dthingconform.project.dir=" + Path.of("").toAbsolutePath(),
                Main.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve(args[0] + ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        process.getOutputStream().close();
        return finish(process, out);
    }

    /** A finished CLI process and what it printed. */
    private record Ran(int exit, String printed) {
    }

    private static Ran finish(Process process, Path out) throws Exception {
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("the CLI ends within 300 s").isTrue();
        return new Ran(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }
}
