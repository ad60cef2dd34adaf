package org.thingconform.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.thingconform.source.FileTrees;

/**
 * Runs the Allure command-line generator inside this JVM, in a class loader of its own over the
 * distribution's jars (its Jackson and logback never meet ours), kept for the JVM's life. A child
 * JVM per report paid its start, class loading and compilation every time (about 2 s of CPU for
 * a small run); here only the first report of a JVM pays them, and {@link #warmUpInBackground}
 * lets a run pay them while its tests still run. Allure's own logging is off in this loader: a
 * report that fails here is generated again in a child JVM, whose log says why.
 */
final class AllureInProcess {

    private static final ConcurrentMap<Path, AllureInProcess> BY_HOME = new ConcurrentHashMap<>();
    private static final String MAIN_CLASS = "io.qameta.allure.CommandLine";
    private static final String LOGBACK_CONFIG = "logback.xml";

    private final Path home;
    private final AtomicBoolean warmUpStarted = new AtomicBoolean();
    /** One report at a time per JVM: generation is CPU-bound, and the warm-up must finish first. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "allure-report");
        thread.setDaemon(true);
        return thread;
    });
    private volatile ClassLoader loader;

    private AllureInProcess(Path home) {
        this.home = home;
    }

    /** The generator of the distribution at {@code home} (an absolute, normalised path). */
    static AllureInProcess of(Path home) {
        return BY_HOME.computeIfAbsent(home, AllureInProcess::new);
    }

    /**
     * Loads Allure and generates the report of an empty results folder, on a daemon thread, once
     * per JVM; a report asked for meanwhile waits for it and then runs warm.
     */
    void warmUpInBackground() {
        if (warmUpStarted.compareAndSet(false, true)) {
            worker.submit(this::warmUp);
        }
    }

    /**
     * Runs {@code allure args…} here and returns its exit code (0 when the report was written), or
     * empty when Allure could not be run in this JVM at all.
     *
     * @throws AllureGenerationException when it outlives {@code timeout}
     */
    Optional<Integer> generate(List<String> args, Duration timeout) {
        Future<Optional<Integer>> run = worker.submit(() -> runAllure(args));
        try {
            return run.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            throw new AllureGenerationException("Allure HTML report generation timed out after " + timeout.toSeconds()
                    + " s", e);
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AllureGenerationException("Allure HTML report generation was interrupted", e);
        }
    }

    private void warmUp() {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("thingconform-allure-warm-up");
            Path results = Files.createDirectory(scratch.resolve("results"));
            runAllure(List.of("generate", "--clean", "--single-file", "-o", scratch.resolve("report").toString(),
                    results.toString()));
        } catch (IOException | RuntimeException e) {
            // a warm-up only saves time: the report itself says what went wrong, if anything does
        } finally {
            FileTrees.deleteScratch(scratch);
        }
    }

    private Optional<Integer> runAllure(List<String> args) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            ClassLoader allure = loader();
            // Allure reads its web resources (app.js, styles) through the context class loader.
            thread.setContextClassLoader(allure);
            Class<?> commandLine = allure.loadClass(MAIN_CLASS);
            Object command = commandLine.getConstructor(Path.class).newInstance(home);
            Optional<?> parsed = (Optional<?>) commandLine.getMethod("parse", String[].class)
                    .invoke(command, (Object) args.toArray(String[]::new));
            Object exitCode = parsed.isPresent() ? parsed.get() : commandLine.getMethod("run").invoke(command);
            return Optional.of((Integer) exitCode.getClass().getMethod("getCode").invoke(exitCode));
        } catch (ReflectiveOperationException | LinkageError | ClassCastException | IOException e) {
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private ClassLoader loader() throws IOException {
        if (loader == null) {
            List<URL> jars = new ArrayList<>();
            try (Stream<Path> files = Files.list(home.resolve("lib"))) {
                for (Path jar : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".jar")).sorted()::iterator) {
                    jars.add(url(jar));
                }
            }
            loader = new AllureClassLoader(jars.toArray(URL[]::new));
        }
        return loader;
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The distribution's jars over the platform class loader only, so nothing of ours leaks in;
     * its logback finds our configuration (logging off) instead of the distribution's, which
     * writes to the console.
     */
    private static final class AllureClassLoader extends URLClassLoader {

        static {
            ClassLoader.registerAsParallelCapable();
        }

        AllureClassLoader(URL[] jars) {
            super("allure", jars, ClassLoader.getPlatformClassLoader());
        }

        @Override
        public URL getResource(String name) {
            if (LOGBACK_CONFIG.equals(name)) {
                return AllureInProcess.class.getResource("allure-logback.xml");
            }
            return super.getResource(name);
        }
    }
}
