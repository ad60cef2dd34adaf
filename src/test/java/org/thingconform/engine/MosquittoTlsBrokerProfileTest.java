package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.thingconform.reference.pki.ThrowawayCa;

/**
 * The MQTT broker profiles against Mosquitto's TLS listener ({@code descriptor-tls.yaml} of
 * {@code scripts/real-sut.sh mosquitto start}: host {@code localhost}, the script's throwaway CA in
 * {@code tls.ca}) earn the verdicts they earn over plain TCP, with the negotiated TLS in the trace;
 * and the handshake's failure modes leave the clauses INCONCLUSIVE with a reason naming the
 * certificate problem: a CA that did not issue the broker's certificate, a certificate for another
 * host (PASS again with {@code verifyHostname: false}). Skipped like {@link MosquittoBrokerProfileTest}.
 */
class MosquittoTlsBrokerProfileTest {

    private static final String CONNECT_CLAUSES = "MQTT-3.1.0-2,MQTT-3.1.3-8";

    @TempDir
    static Path state;
    private static Path tls;

    @BeforeAll
    static void startMosquitto() throws Exception {
        tls = RealMosquitto.start(state).resolveSibling("descriptor-tls.yaml");
        assertThat(Files.readString(tls)).contains("host: localhost").contains("tls: {ca: ca.pem}");
    }

    @AfterAll
    static void stopMosquitto() throws Exception {
        if (tls != null) {
            RealMosquitto.stop(state);
        }
    }

    @Test
    void mqtt311OverTlsGetsTheVerdictsOfPlainTcpAndTracesTheHandshake() throws IOException {
        Path reports = state.resolve("reports-tls-311");
        EngineExecutionResults results = RealMosquitto.run(tls, "mqtt-3.1.1.profile.yaml",
                MosquittoBrokerProfileTest.MQTT_311_CLAUSES, reports);

        assertThat(RealMosquitto.verdicts(results))
                .containsExactlyInAnyOrderEntriesOf(MosquittoBrokerProfileTest.MQTT_311_VERDICTS);
        assertThat(reportText(reports)).contains("TLS-HANDSHAKE").contains("ssl://localhost:")
                .contains("CN=localhost").doesNotContain(password());
    }

    @Test
    void mqtt5OverTlsGetsTheVerdictsOfPlainTcp() {
        EngineExecutionResults results = RealMosquitto.run(tls, "mqtt-5.0.profile.yaml",
                MosquittoBrokerProfileTest.MQTT_5_CLAUSES, state.resolve("reports-tls-5"));

        assertThat(RealMosquitto.verdicts(results))
                .containsExactlyInAnyOrderEntriesOf(MosquittoBrokerProfileTest.MQTT_5_VERDICTS);
    }

    @Test
    void theBrokersAddressMatchesItsCertificateToo() throws IOException {
        Path byAddress = variant("descriptor-tls-address.yaml", tls, "host: localhost", "host: 127.0.0.1");

        assertThat(RealMosquitto.verdicts(RealMosquitto.run(byAddress, "mqtt-3.1.1.profile.yaml", CONNECT_CLAUSES,
                state.resolve("reports-tls-address")))).containsOnly(
                Map.entry("MQTT-3.1.0-2", "PASS"), Map.entry("MQTT-3.1.3-8", "PASS"));
    }

    @Test
    void aCaThatDidNotIssueTheBrokersCertificateLeavesTheClausesInconclusive() throws IOException {
        Files.writeString(tls.resolveSibling("other-ca.pem"), ThrowawayCa.create("Another CA").certificatePem());
        Path otherCa = variant("descriptor-other-ca.yaml", tls, "tls: {ca: ca.pem}", "tls: {ca: other-ca.pem}");

        EngineExecutionResults results = RealMosquitto.run(otherCa, "mqtt-3.1.1.profile.yaml", CONNECT_CLAUSES,
                state.resolve("reports-other-ca"));

        assertThat(RealMosquitto.verdicts(results)).containsOnly(
                Map.entry("MQTT-3.1.0-2", "INCONCLUSIVE"), Map.entry("MQTT-3.1.3-8", "INCONCLUSIVE"));
        assertThat(EngineRuns.reasons(results).values()).hasSize(2).allSatisfy(reason -> assertThat(reason)
                .contains("the TLS handshake with ssl://localhost:")
                .contains("the server's certificate 'CN=localhost' (issuer 'CN=ThingConform Mosquitto throwaway CA')")
                .contains("is not trusted by the PEM CA bundle other-ca.pem (1 certificate(s))")
                .contains("expected a chain to a CA in that trust"));
    }

    @Test
    void aCertificateForAnotherHostLeavesTheClausesInconclusiveUnlessVerificationIsOff() throws IOException {
        Path otherHost = tls.resolveSibling("descriptor-tls-other-host.yaml");
        Path unverified = variant("descriptor-tls-other-host-unverified.yaml", otherHost, "tls: {ca: ca.pem}",
                "tls: {ca: ca.pem, verifyHostname: false}");

        EngineExecutionResults mismatch = RealMosquitto.run(otherHost, "mqtt-3.1.1.profile.yaml", CONNECT_CLAUSES,
                state.resolve("reports-other-host"));
        EngineExecutionResults off = RealMosquitto.run(unverified, "mqtt-3.1.1.profile.yaml", CONNECT_CLAUSES,
                state.resolve("reports-other-host-unverified"));

        assertThat(RealMosquitto.verdicts(mismatch)).containsOnly(
                Map.entry("MQTT-3.1.0-2", "INCONCLUSIVE"), Map.entry("MQTT-3.1.3-8", "INCONCLUSIVE"));
        assertThat(EngineRuns.reasons(mismatch).values()).hasSize(2).allSatisfy(reason -> assertThat(reason)
                .contains("the server's certificate 'CN=other.example'")
                .contains("names [other.example] and does not match the host connected to")
                .contains("tls.verifyHostname: false"));
        assertThat(RealMosquitto.verdicts(off)).containsOnly(
                Map.entry("MQTT-3.1.0-2", "PASS"), Map.entry("MQTT-3.1.3-8", "PASS"));
    }

    /** A copy of {@code descriptor} beside it, named {@code name}, with {@code from} replaced by {@code to}. */
    private static Path variant(String name, Path descriptor, String from, String to) throws IOException {
        String text = Files.readString(descriptor);
        assertThat(text).contains(from);
        Path file = descriptor.resolveSibling(name);
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    private static String password() throws IOException {
        return Files.readString(tls.resolveSibling("mqtt-password")).trim();
    }

    private static String reportText(Path reports) throws IOException {
        StringBuilder text = new StringBuilder();
        try (var files = Files.walk(reports)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                text.append(Files.readString(file, StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        return text.toString();
    }
}
