package org.thingconform.mutation;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.thingconform.engine.PlatformStartException;
import org.thingconform.platform.DescriptorLoader;
import org.thingconform.platform.EmbeddedPlatform;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.process.ChildJvm;
import org.thingconform.profile.Profile;

/**
 * A reference platform run as its own process ({@code thingconform reference --control-stdin} on
 * this JVM's class path, free loopback ports) and driven through its standard input: faults are
 * switched and stored data cleared as on an embedded platform. One JVM holds one embedded HiveMQ
 * broker only (its extension services are static), so the workers of a mutation beyond the first
 * run their platforms this way. Closing it ends its input, which stops it.
 */
public final class ReferenceProcess implements EmbeddedPlatform {

    /** The command that switches exactly the faults named after it on. */
    public static final String FAULTS = "faults";
    /** The command that forgets the platform's stored data. */
    public static final String CLEAR = "clear";
    /** The answer to a command that was carried out. */
    public static final String OK = "control: ok";
    /** The start of the answer to a command that failed; the reason follows. */
    public static final String ERROR = "control: error";

    private static final String READY = "ready:";
    private static final String MAIN = "org.thingconform.cli.Main";
    private static final String PROJECT_DIR = "thingconform.project.dir";
    private static final long STOP_SECONDS = 30;

    private final Process process;
    private final Path workDir;
    private final BufferedReader replies;
    private final BufferedWriter commands;
    private final PlatformDescriptor descriptor;

    private ReferenceProcess(Process process, Path workDir, BufferedReader replies, BufferedWriter commands,
            PlatformDescriptor descriptor) {
        this.process = process;
        this.workDir = workDir;
        this.replies = replies;
        this.commands = commands;
        this.descriptor = descriptor;
    }

    /**
     * Starts a reference process with the device roles of {@code profiles} (read from their files),
     * {@code devices} devices per role, and waits until it serves.
     *
     * @throws PlatformStartException when it does not start
     */
    public static ReferenceProcess start(List<Profile> profiles, int devices) {
        Path workDir = null;
        Process process = null;
        try {
            workDir = Files.createTempDirectory("thingconform-worker");
            Path descriptorFile = workDir.resolve("reference.yaml");
            List<String> command = new ArrayList<>(ChildJvm.sameClassPath());
            if (System.getProperty(PROJECT_DIR) != null) {
                command.add("-D" + PROJECT_DIR + "=" + System.getProperty(PROJECT_DIR));
            }
            command.addAll(List.of(MAIN, "reference", "--port-base", "0", "--descriptor-out", descriptorFile.toString(),
                    "--devices", String.valueOf(devices), "--control-stdin"));
            profiles.stream().map(p -> p.file().toAbsolutePath().toString()).distinct()
                    .forEach(file -> command.addAll(List.of("--profile", file)));
            process = new ProcessBuilder(command).redirectError(workDir.resolve("reference.err").toFile()).start();
            BufferedReader replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            BufferedWriter commands = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
            String line = replies.readLine();
            while (line != null && !line.startsWith(READY)) {
                line = replies.readLine();
            }
            if (line == null) {
                throw new PlatformStartException("a reference worker process did not start (exit "
                        + process.waitFor() + "): " + errors(workDir), null);
            }
            return new ReferenceProcess(process, workDir, replies, commands, DescriptorLoader.load(descriptorFile));
        } catch (IOException | RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (process != null) {
                process.destroyForcibly();
            }
            delete(workDir);
            throw e instanceof PlatformStartException p ? p
                    : new PlatformStartException("a reference worker process did not start: " + e.getMessage(), e);
        }
    }

    @Override
    public PlatformDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public synchronized void switchFaults(Set<String> faults) {
        send(FAULTS + (faults.isEmpty() ? "" : " " + String.join(" ", faults)));
    }

    @Override
    public synchronized void clearState() {
        send(CLEAR);
    }

    @Override
    public synchronized void close() {
        try {
            commands.close(); // the end of its input stops the platform
            if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } finally {
            delete(workDir);
        }
    }

    private void send(String command) {
        try {
            commands.write(command);
            commands.newLine();
            commands.flush();
            for (String line = replies.readLine(); line != null; line = replies.readLine()) {
                if (line.equals(OK)) {
                    return;
                }
                if (line.startsWith(ERROR)) {
                    throw new IllegalArgumentException(line.substring(ERROR.length()).trim());
                }
            }
            throw new IllegalStateException("the reference worker process ended while asked '" + command + "': "
                    + errors(workDir));
        } catch (IOException e) {
            throw new UncheckedIOException("the reference worker process did not take '" + command + "'", e);
        }
    }


    private static String errors(Path workDir) {
        try {
            List<String> lines = Files.readAllLines(workDir.resolve("reference.err"), StandardCharsets.UTF_8);
            return lines.isEmpty() ? "(nothing on stderr)" : String.join("\n", lines.subList(Math.max(0, lines.size() - 20),
                    lines.size()));
        } catch (IOException e) {
            return "(its stderr could not be read: " + e.getMessage() + ")";
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
