package org.thingconform.reference;

import com.hivemq.configuration.service.InternalConfigurations;
import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded HiveMQ CE broker of the reference platform: one TCP listener on a free
 * loopback port, in-memory persistence, no usage statistics, its configuration, data and
 * extension folders in a temporary directory deleted on close.
 *
 * <p>HiveMQ's extension services are static in the SDK, so only one embedded broker can
 * run in a JVM at a time; a second start fails with a clear message. A broker can also be
 * kept running for the next platform of the same JVM ({@link KeptBroker}).
 */
final class EmbeddedBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final AtomicBoolean RUNNING = new AtomicBoolean();
    private static final long START_TIMEOUT_SECONDS = 60;
    private static final long STOP_TIMEOUT_SECONDS = 30;
    private static final int PORT_ATTEMPTS = 3;
    private static final int PERSISTENCE_GRACE_MILLIS = 50;
    private static final String LOOPBACK = "127.0.0.1";

    private final Path root;
    private final EmbeddedHiveMQ hivemq;
    private final ReferenceExtension extension;
    private final int port;
    private final int tlsPort;
    private final long startMillis;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The platform this broker is lent to, when it is the {@link KeptBroker}'s; null for a broker of its own. */
    private final BrokerHooks borrower;

    private EmbeddedBroker(Path root, EmbeddedHiveMQ hivemq, ReferenceExtension extension, int port, int tlsPort,
                           long startMillis) {
        this(root, hivemq, extension, port, tlsPort, startMillis, null);
    }

    private EmbeddedBroker(Path root, EmbeddedHiveMQ hivemq, ReferenceExtension extension, int port, int tlsPort,
                           long startMillis, BrokerHooks borrower) {
        this.borrower = borrower;
        this.root = root;
        this.hivemq = hivemq;
        this.extension = extension;
        this.port = port;
        this.tlsPort = tlsPort;
        this.startMillis = startMillis;
    }

    /**
     * A broker serving {@code hooks}, with a TLS listener when {@code tls} is given: a broker of its own,
     * or, when {@link KeptBroker#enabled()} and without TLS, the broker kept running in this JVM, lent
     * until {@link #close()}.
     */
    static EmbeddedBroker start(BrokerHooks hooks, ReferenceTls tls) {
        if (tls == null && KeptBroker.enabled()) {
            return KeptBroker.lend(hooks);
        }
        KeptBroker.retire();
        return start(new ReferenceExtension(hooks), 0, tls);
    }

    /**
     * Starts a broker running {@code extension} on loopback {@code port} (0 picks a free one), with a
     * second listener for MQTT over TLS on a free loopback port when {@code tls} is given: it presents
     * the reference's server certificate and asks clients for a certificate of the reference's CA
     * (optional, so that clients with a password connect too). Blocks until it accepts connections.
     *
     * @throws IllegalStateException when the broker does not start, for instance because {@code port} is taken
     */
    static EmbeddedBroker start(ReferenceExtension extension, int port, ReferenceTls tls) {
        if (!RUNNING.compareAndSet(false, true)) {
            throw new IllegalStateException("an embedded reference platform is already running in this JVM; "
                    + "close it first (HiveMQ's extension services are per JVM)");
        }
        try {
            if (port != 0) {
                try {
                    return tryStart(extension, port, tls);
                } catch (PortTakenException e) {
                    throw new IllegalStateException("cannot open the MQTT port " + port + " on " + LOOPBACK
                            + ": it is in use", e);
                }
            }
            RuntimeException last = null;
            for (int attempt = 1; attempt <= PORT_ATTEMPTS; attempt++) {
                try {
                    return tryStart(extension, freePort(), tls);
                } catch (PortTakenException e) {
                    // Another process took the port between probing and binding: try another one.
                    last = e;
                }
            }
            throw new IllegalStateException("could not bind the MQTT listener in " + PORT_ATTEMPTS + " attempts", last);
        } catch (RuntimeException e) {
            RUNNING.set(false);
            throw e;
        }
    }

    private static EmbeddedBroker tryStart(ReferenceExtension extension, int port, ReferenceTls tls) {
        shortenPersistenceGrace();
        int tlsPort = tls == null ? 0 : freePort();
        Path root = createFolders(port, tlsPort, tls);
        EmbeddedHiveMQ hivemq = EmbeddedHiveMQ.builder()
                .withConfigurationFolder(root.resolve("conf"))
                .withDataFolder(root.resolve("data"))
                .withExtensionsFolder(root.resolve("extensions"))
                .withoutLoggingBootstrap()
                .withEmbeddedExtension(EmbeddedExtension.builder()
                        .withId("thingconform-reference")
                        .withName("ThingConform reference platform")
                        .withVersion("1")
                        .withPriority(1000)
                        .withStartPriority(1000)
                        .withExtensionMain(extension)
                        .build())
                .build();
        long started = System.nanoTime();
        try {
            hivemq.start().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            closeQuietly(hivemq);
            deleteTree(root);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (inUse(port) || tlsPort != 0 && inUse(tlsPort)) {
                // HiveMQ reports a taken port only as "could not bind any listener".
                throw new PortTakenException(e);
            }
            throw new IllegalStateException("the embedded HiveMQ broker did not start: " + e, e);
        }
        if (!inUse(port) || tlsPort != 0 && !inUse(tlsPort)) {
            // HiveMQ starts when at least one listener binds: a port another process took between the
            // probe and the bind (and gave back since) leaves a listener missing without an error.
            closeQuietly(hivemq);
            deleteTree(root);
            throw new PortTakenException(new IllegalStateException("a listener did not bind its port"));
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        LOG.info("embedded HiveMQ started on {}:{} in {} ms", LOOPBACK, port, millis);
        return new EmbeddedBroker(root, hivemq, extension, port, tlsPort, millis);
    }

    /**
     * HiveMQ waits a grace period (2 s by default) for each in-memory store before it closes it on stop,
     * for writes still in flight; the reference's stores are thrown away on stop, so a stop need not wait
     * (it took 4 s of every test and every run). The setting is HiveMQ's own and per JVM.
     */
    private static void shortenPersistenceGrace() {
        InternalConfigurations.PERSISTENCE_SHUTDOWN_GRACE_PERIOD_MSEC.set(PERSISTENCE_GRACE_MILLIS);
    }

    int port() {
        return port;
    }

    /** The MQTT over TLS port, or 0 when the broker has no TLS listener. */
    int tlsPort() {
        return tlsPort;
    }

    String host() {
        return LOOPBACK;
    }

    /** This broker as lent to the platform with {@code hooks}: closing the loan gives the broker back. */
    EmbeddedBroker lentTo(BrokerHooks hooks) {
        return new EmbeddedBroker(root, hivemq, extension, port, tlsPort, 0, hooks);
    }

    /** The extension the broker runs: the platforms it serves attach to it. */
    ReferenceExtension extension() {
        return extension;
    }

    /** How long HiveMQ took to start, in milliseconds; 0 for a broker lent already running. */
    long startMillis() {
        return startMillis;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (borrower != null) {
            KeptBroker.giveBack(borrower);
            return;
        }
        try {
            hivemq.stop().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("the embedded HiveMQ broker did not stop cleanly: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(hivemq);
            deleteTree(root);
            RUNNING.set(false);
        }
    }

    private static Path createFolders(int port, int tlsPort, ReferenceTls tls) {
        try {
            Path root = Files.createTempDirectory("thingconform-hivemq-");
            Files.createDirectories(root.resolve("conf"));
            Files.createDirectories(root.resolve("data"));
            Files.createDirectories(root.resolve("extensions"));
            String tlsListener = "";
            if (tls != null) {
                // the stores live in the broker's private temporary folder, with a password made for this run
                String password = Secrets.token().reveal();
                Path keystore = root.resolve("conf").resolve("server.jks");
                Path truststore = root.resolve("conf").resolve("devices-ca.jks");
                tls.server().writeKeyStore(keystore, "JKS", "server", password.toCharArray());
                writeTrustStore(truststore, tls, password.toCharArray());
                tlsListener = tlsListener(tlsPort, keystore, truststore, password);
            }
            Files.writeString(root.resolve("conf").resolve("config.xml"), config(port, tlsListener),
                    StandardCharsets.UTF_8);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the HiveMQ folders: " + e.getMessage(), e);
        }
    }

    private static void writeTrustStore(Path file, ReferenceTls tls, char[] password) throws IOException {
        try (var out = Files.newOutputStream(file)) {
            java.security.KeyStore store = java.security.KeyStore.getInstance("JKS");
            store.load(null, null);
            store.setCertificateEntry("ca", tls.ca().certificate());
            store.store(out, password);
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("cannot write the broker's trust store: " + e.getMessage(), e);
        }
    }

    private static String tlsListener(int port, Path keystore, Path truststore, String password) {
        return """
                        <tls-tcp-listener>
                            <port>%d</port>
                            <bind-address>%s</bind-address>
                            <tls>
                                <keystore>
                                    <path>%s</path>
                                    <password>%s</password>
                                    <private-key-password>%s</private-key-password>
                                </keystore>
                                <truststore>
                                    <path>%s</path>
                                    <password>%s</password>
                                </truststore>
                                <client-authentication-mode>OPTIONAL</client-authentication-mode>
                            </tls>
                        </tls-tcp-listener>
                """.formatted(port, LOOPBACK, keystore, password, password, truststore, password);
    }

    private static String config(int port, String tlsListener) {
        return """
                <?xml version="1.0"?>
                <hivemq>
                    <listeners>
                        <tcp-listener>
                            <port>%d</port>
                            <bind-address>%s</bind-address>
                        </tcp-listener>
                %s    </listeners>
                    <persistence>
                        <mode>in-memory</mode>
                    </persistence>
                    <restrictions>
                        <!-- a connection whose first packet is no CONNECT is closed by this timeout at the latest -->
                        <no-connect-idle-timeout>2000</no-connect-idle-timeout>
                    </restrictions>
                    <anonymous-usage-statistics>
                        <enabled>false</enabled>
                    </anonymous-usage-statistics>
                </hivemq>
                """.formatted(port, LOOPBACK, tlsListener);
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free loopback port: " + e.getMessage(), e);
        }
    }

    private static boolean inUse(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(LOOPBACK))) {
            return probe.getLocalPort() != port;
        } catch (IOException e) {
            return true;
        }
    }

    private static void closeQuietly(EmbeddedHiveMQ hivemq) {
        try {
            hivemq.close();
        } catch (ExecutionException e) {
            LOG.warn("closing the embedded HiveMQ broker failed: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LOG.warn("cannot delete {}: {}", path, e.toString());
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", root, e.toString());
        }
    }

    /** The listener port was taken by someone else before HiveMQ could bind it. */
    private static final class PortTakenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PortTakenException(Throwable cause) {
            super("the MQTT port was taken", cause);
        }
    }
}
