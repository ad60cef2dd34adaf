package org.thingconform.evidence;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.thingconform.result.SuiteVersion;

/**
 * Which build of the suite ran: its version, the git commit of the checkout it was built from
 * (when it runs from one), the SHA-256 of its own classes (jar, or folder listing) and of every
 * entry of {@code java.class.path}. Computed once per JVM: digesting the class path (over a hundred
 * jars) takes a second of CPU, so a run asks for it as it starts ({@link #prepare}) and has it at the end.
 *
 * @param gitCommit       the checkout's HEAD, or {@code unknown} when the suite does not run from a git checkout
 * @param gitLocalChanges whether tracked files differ from that commit, or null when unknown
 * @param code            the suite's own classes
 */
public record SuiteBuild(String version, String gitCommit, Boolean gitLocalChanges, FileDigest code,
                         List<FileDigest> classPath) {

    private static final ConcurrentMap<Path, CompletableFuture<SuiteBuild>> BUILDS = new ConcurrentHashMap<>();

    public SuiteBuild {
        classPath = List.copyOf(classPath);
    }

    /** The running build; {@code projectDir} is the suite's project folder, where its git checkout would be. */
    public static SuiteBuild current(Path projectDir) {
        return prepare(projectDir).join();
    }

    /** Starts computing {@link #current} on a background thread, once per JVM and project folder. */
    public static CompletableFuture<SuiteBuild> prepare(Path projectDir) {
        Path project = projectDir.toAbsolutePath().normalize();
        return BUILDS.computeIfAbsent(project, p -> CompletableFuture.supplyAsync(() -> compute(p)));
    }

    private static SuiteBuild compute(Path projectDir) {
        Path code = codeLocation();
        String commit = "unknown";
        Boolean changes = null;
        Path project = projectDir.toAbsolutePath().normalize();
        if (code != null && code.startsWith(project) && Files.exists(project.resolve(".git"))) {
            String head = git(project, "rev-parse", "HEAD");
            if (head != null && head.matches("[0-9a-f]{40,64}")) {
                commit = head;
                String status = git(project, "status", "--porcelain", "--untracked-files=no");
                changes = status == null ? null : !status.isEmpty();
            }
        }
        List<FileDigest> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                classPath.add(FileDigest.of(Path.of(entry).toAbsolutePath().normalize()));
            }
        }
        return new SuiteBuild(SuiteVersion.get(), commit, changes,
                code == null ? new FileDigest("unknown", "absent") : FileDigest.of(code), classPath);
    }

    private static Path codeLocation() {
        try {
            var source = SuiteBuild.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    /** What {@code git args} prints in {@code dir}, trimmed, or null when git is absent or fails. */
    private static String git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroy();
                return null;
            }
            return process.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
