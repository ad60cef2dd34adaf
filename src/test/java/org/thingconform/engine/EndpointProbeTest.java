package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.thingconform.platform.DescriptorWriter;
import org.thingconform.platform.DeviceRole;
import org.thingconform.platform.EmbeddedPlatform;
import org.thingconform.platform.NorthboundApi;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.thingmodel.TslImporter;

/**
 * Each endpoint a run needs is probed once before its clauses run: a platform that accepts TCP
 * connections and never answers leaves every clause that needs it INCONCLUSIVE with a reason naming
 * the endpoint, after one probe connection (not one per step); a port nobody listens on is reported
 * unreachable the same way; and a platform silent on one endpoint still gets the clauses of the
 * endpoints that answer run.
 */
class EndpointProbeTest {

    private static final Path BROKER_PROFILE = Path.of("test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml");

    @Test
    void aSilentBrokerLeavesEveryClauseInconclusiveAfterOneProbe(@TempDir Path dir) throws Exception {
        try (SilentListener silent = new SilentListener()) {
            Path descriptor = Files.writeString(dir.resolve("silent.yaml"), """
                    name: a broker that accepts connections and never answers
                    mqtt: {host: 127.0.0.1, port: %d}
                    ics: {}
                    """.formatted(silent.port()));

            EngineExecutionResults results = run(BROKER_PROFILE, descriptor, null, null);

            Map<String, String> verdicts = EngineRuns.verdicts(results);
            assertThat(verdicts).hasSize(38)
                    .allSatisfy((clause, verdict) -> assertThat(verdict).as(clause).isEqualTo("INCONCLUSIVE"));
            assertThat(EngineRuns.reasons(results).values()).hasSize(38).allSatisfy(reason -> assertThat(reason)
                    .isEqualTo("the platform did not answer an MQTT CONNECT at 127.0.0.1:" + silent.port()
                            + " within 5000 ms (probed once before the clauses ran)"));
            assertThat(silent.accepted()).as("connections the broker accepted").isOne();
        }
    }

    @Test
    void aBrokerPortNobodyListensOnIsUnreachableForEveryClause(@TempDir Path dir) throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Path descriptor = Files.writeString(dir.resolve("refused.yaml"), """
                name: nothing listens here
                mqtt: {host: 127.0.0.1, port: %d}
                ics: {}
                """.formatted(closed));

        EngineExecutionResults results = run(BROKER_PROFILE, descriptor, "MQTT-3.1.0-1,MQTT-3.1.0-2,MQTT-2.3.1-6", null);

        assertThat(EngineRuns.verdicts(results)).hasSize(3).containsValues("INCONCLUSIVE").doesNotContainValue("PASS")
                .doesNotContainValue("FAIL").doesNotContainValue("ERROR");
        assertThat(EngineRuns.reasons(results).values()).hasSize(3).allSatisfy(reason -> assertThat(reason)
                .startsWith("the broker at tcp://127.0.0.1:" + closed + " is not reachable: the connection was refused")
                .endsWith("(probed once before the clauses ran)"));
    }

    @Test
    void aPlatformSilentOnlyNorthboundStillGetsItsDeviceClausesRun(@TempDir Path dir) throws Exception {
        Path profile = EngineRuns.SHIPPED;
        try (SilentListener silent = new SilentListener();
             EmbeddedPlatform platform = PlatformSession.provider().start(List.of(new DeviceRole("meter",
                     TslImporter.importFile(profile.resolveSibling("smart-meter.tsl.json")))), Set.of())) {
            PlatformDescriptor reference = platform.descriptor();
            NorthboundApi northbound = reference.northbound();
            String silentUrl = "http://127.0.0.1:" + silent.port() + "/api";
            PlatformDescriptor silentNorthbound = new PlatformDescriptor(reference.name(), reference.mqtt(),
                    new NorthboundApi(silentUrl, northbound.auth(), northbound.operations(), northbound.push(),
                            northbound.tls(), northbound.callback()),
                    reference.interconnection(), reference.devices(), reference.ics(), reference.ixit(),
                    reference.coap(), reference.http(), reference.wot(), reference.mqttAccount(), reference.tls());
            Path descriptor = dir.resolve("northbound-silent.yaml");
            DescriptorWriter.write(silentNorthbound, descriptor, List.of("the reference, its northbound API silent"));

            EngineExecutionResults results = run(profile, descriptor, "TM-5.1.1,TM-5.1.2,TM-5.2.1,TM-5.2.2",
                    "alink-mqtt,alink-coap,alink-http");

            assertThat(EngineRuns.verdicts(results)).containsOnly(Map.entry("TM-5.1.1", "PASS"),
                    Map.entry("TM-5.1.2", "PASS"), Map.entry("TM-5.2.1", "PASS"), Map.entry("TM-5.2.2", "INCONCLUSIVE"));
            assertThat(EngineRuns.reasons(results).get("TM-5.2.2")).startsWith("3 of 3 bindings did not pass; first: "
                    + "[alink-mqtt] ").endsWith("the platform did not answer an HTTP GET of "
                    + silentUrl + " (the northbound API) within 10000 ms (probed once before the clauses ran)");
            assertThat(silent.accepted()).as("connections the northbound API accepted").isOne();
        }
    }

    private static EngineExecutionResults run(Path profile, Path descriptor, String clauses, String bindings) {
        var builder = EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(profile.toFile()))
                .configurationParameter(EngineConfig.PLATFORM, descriptor.toString())
                .configurationParameter(EngineConfig.ICS_DEFAULT, "yes");
        if (clauses != null) {
            builder.configurationParameter(EngineConfig.CLAUSES, clauses);
        }
        if (bindings != null) {
            builder.configurationParameter(EngineConfig.BINDINGS, bindings);
        }
        return builder.execute();
    }

    /** A loopback TCP listener that accepts every connection, counts it, and never sends a byte or closes it. */
    static final class SilentListener implements AutoCloseable {

        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final AtomicInteger accepted = new AtomicInteger();
        private final List<Socket> held = new CopyOnWriteArrayList<>();
        private final Thread acceptor = new Thread(this::acceptAll, "silent-listener");

        SilentListener() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        int accepted() {
            return accepted.get();
        }

        private void acceptAll() {
            try {
                while (true) {
                    held.add(server.accept());
                    accepted.incrementAndGet();
                }
            } catch (IOException e) {
                // closed: the test is over
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
