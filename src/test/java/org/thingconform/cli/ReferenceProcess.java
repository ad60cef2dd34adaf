package org.thingconform.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.thingconform.process.ChildJvm;

/**
 * {@code thingconform reference} started as a separate OS process on the test class path, as
 * a user starts it: the test waits for its ready line (event-driven, with a timeout), reads its
 * descriptor and stops it with SIGTERM.
 */
final class ReferenceProcess implements AutoCloseable {

    private final Process process;
    private final Path descriptor;
    private final Path stderr;
    private final List<String> stdout = new CopyOnWriteArrayList<>();
    private final CompletableFuture<String> ready = new CompletableFuture<>();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();

    private ReferenceProcess(Process process, Path descriptor, Path stderr) {
        this.process = process;
        this.descriptor = descriptor;
        this.stderr = stderr;
        Thread reader = new Thread(this::readStdout, "reference-process-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code thingconform reference --port-base 0 --descriptor-out DIR/reference.yaml} plus {@code options}. */
    static ReferenceProcess start(Path dir, String... options) throws IOException {
        Path descriptor = dir.resolve("reference.yaml");
        Path stderr = dir.resolve("reference.stderr");
        List<String> command = new ArrayList<>(ChildJvm.sameClassPath());
        command.addAll(List.of("-Dthingconform.project.dir=" + Path.of("").toAbsolutePath(),
                Main.class.getName(), "reference", "--port-base", "0", "--descriptor-out", descriptor.toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        process.getOutputStream().close();
        return new ReferenceProcess(process, descriptor, stderr);
    }

    private void readStdout() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                stdout.add(line);
                if (line.startsWith(ReferenceCommand.READY)) {
                    ready.complete(line);
                }
            }
        } catch (IOException e) {
            // the process ended; whoever waits learns it below
        }
        ready.completeExceptionally(new IllegalStateException("the reference process ended without a ready line; "
                + "stdout: " + stdout + "; stderr: " + tail(stderr)));
        ended.complete(null);
    }

    /** Waits for the ready line and returns it. */
    String awaitReady(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        return ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    Path descriptor() {
        return descriptor;
    }

    /** Everything the process printed on standard output and standard error so far. */
    String output() {
        return String.join("\n", stdout) + "\n" + tail(stderr);
    }

    /** Sends SIGTERM and waits for the process and its output to end; returns the exit code. */
    int stop(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        // SIGTERM through the handle: Process.destroy() would also close our end of its stdout
        process.toHandle().destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new TimeoutException("the reference process did not stop within " + timeout + " of SIGTERM");
        }
        ended.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static String tail(Path file) {
        try {
            String text = Files.exists(file) ? Files.readString(file) : "";
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "";
        }
    }
}
