package org.thingconform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.thingconform.engine.EngineConfig;
import org.thingconform.engine.EngineRuns;
import org.thingconform.engine.ThingConformTestEngine;
import org.thingconform.platform.DescriptorWriter;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.platform.DeviceRole;
import org.thingconform.platform.Endpoint;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.protocol.tls.TlsSettings;
import org.thingconform.protocol.tls.TrustSource;
import org.thingconform.reference.pki.ThrowawayCa;
import org.thingconform.thingmodel.TslImporter;

/**
 * The reference platform over TLS, judged through a descriptor file as a lab's platform would be:
 * MQTT over mutual TLS with device certificates passes; each TLS failure mode gives its documented
 * verdict: an untrusted server chain and a server certificate for another host are INCONCLUSIVE
 * naming the certificate problem (PASS again with host name verification off), an expired device
 * certificate refused by the platform is INCONCLUSIVE naming the certificate, and no key or password
 * reaches a report.
 */
class TlsReferenceRunTest {

    private static final Path PROFILE = Path.of("test-profiles/tsl-alink-mqtt/profile.yaml");
    private static final List<DeviceRole> ROLES = List.of(new DeviceRole("meter",
            TslImporter.importFile(PROFILE.resolveSibling("smart-meter.tsl.json"))));

    @Test
    void mutualTlsDevicesPassAndTheFailureModesAreNamed(@TempDir Path dir) throws Exception {
        try (ReferencePlatform platform = ReferencePlatform.start(ROLES, Set.of(), 0, ReferenceTls.create())) {
            PlatformDescriptor good = platform.descriptor();

            Map<String, String> passing = run(good, dir.resolve("good"), "TM-5.1.*,TM-5.2.1");
            assertThat(passing).containsEntry("TM-5.1.1", "PASS").containsEntry("TM-5.1.2", "PASS")
                    .containsEntry("TM-5.2.1", "PASS");
            String reports = allText(dir.resolve("good"));
            assertThat(reports).contains("TLS-HANDSHAKE").contains("authtype=tls").contains("verifyHostname=true");
            DeviceIdentity meter = good.devices().get("meter");
            assertThat(reports).doesNotContain(new String(meter.psk().key()))
                    .doesNotContain(java.util.Base64.getEncoder().encodeToString(meter.certificate().key().getEncoded()));

            ThrowawayCa stranger = ThrowawayCa.create("a CA the platform never used");
            PlatformDescriptor untrusted = withMqttTls(good, new TlsSettings(new TrustSource.PemBundle("stranger.pem",
                    List.of(stranger.certificate())), List.of(), List.of(), null, true, null, null, false));
            Map<String, String> reasons = reasons(untrusted, dir.resolve("untrusted"), "TM-5.1.1");
            assertThat(reasons.get("TM-5.1.1")).contains("INCONCLUSIVE").contains("'CN=localhost'")
                    .contains("is not trusted by the PEM CA bundle");

            DeviceIdentity expired = new DeviceIdentity(meter.productKey(), meter.deviceName(), null, meter.peerId(),
                    platformCa(platform).client("CN=" + meter.deviceName() + ",OU=" + meter.productKey(),
                            Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)))
                            .clientKey("expired.p12"), meter.psk());
            PlatformDescriptor stale = withDevice(good, expired);
            assertThat(reasons(stale, dir.resolve("expired"), "TM-5.1.1").get("TM-5.1.1")).contains("INCONCLUSIVE")
                    .contains("renew the device's certificate");
        }
    }

    @Test
    void aServerCertificateForAnotherHostIsInconclusiveUnlessVerificationIsOff(@TempDir Path dir) throws Exception {
        try (ReferencePlatform platform = ReferencePlatform.start(ROLES, Set.of(), 0,
                ReferenceTls.create("platform.other.example"))) {
            PlatformDescriptor good = platform.descriptor();

            assertThat(reasons(good, dir.resolve("verified"), "TM-5.1.1").get("TM-5.1.1")).contains("INCONCLUSIVE")
                    .contains("does not match the host").contains("platform.other.example");

            TlsSettings tls = good.mqtt().tls();
            PlatformDescriptor unverified = withMqttTls(good, new TlsSettings(tls.trust(), List.of(), List.of(), null,
                    false, null, null, false));
            assertThat(run(unverified, dir.resolve("unverified"), "TM-5.1.1")).containsEntry("TM-5.1.1", "PASS");
            assertThat(Files.readString(dir.resolve("unverified").resolve("run-manifest.json")))
                    .contains("host name verification OFF");
        }
    }

    @Test
    void aTlsPortNamedPlainIsInconclusiveNotARefusal(@TempDir Path dir) throws Exception {
        try (ReferencePlatform platform = ReferencePlatform.start(ROLES, Set.of(), 0, ReferenceTls.create())) {
            PlatformDescriptor plain = withMqttTls(platform.descriptor(), null);

            // a wrong secret must be refused: a TLS port closing a plaintext CONNECT is no refusal
            Map<String, String> device = reasons(plain, dir.resolve("device"), "TM-5.1.2");
            assertThat(device.get("TM-5.1.2")).startsWith("INCONCLUSIVE").contains("speaks TLS")
                    .contains("expected mqtt.tls");

            Files.createDirectories(dir.resolve("broker"));
            Path file = dir.resolve("broker").resolve("descriptor.yaml");
            DescriptorWriter.write(plain, file, List.of("a TLS port named plain"));
            Map<String, String> broker = EngineRuns.outcomes(EngineTestKit.engine(ThingConformTestEngine.ID)
                    .selectors(DiscoverySelectors.selectFile(Path.of("test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml")
                            .toFile()))
                    .configurationParameter(EngineConfig.PLATFORM, file.toString())
                    .configurationParameter(EngineConfig.ICS_DEFAULT, "yes")
                    .configurationParameter(EngineConfig.CLAUSES, "MQTT-3.1.0-1")
                    .execute());
            assertThat(broker.get("MQTT-3.1.0-1")).startsWith("INCONCLUSIVE").contains("speaks TLS");
        }
    }

    private static ThrowawayCa platformCa(ReferencePlatform platform) {
        return platform.tls().ca();
    }

    /** The clauses' verdicts of a run of {@code clauses} over MQTT 3.1.1 against {@code descriptor}, written as a file. */
    private static Map<String, String> run(PlatformDescriptor descriptor, Path dir, String clauses) throws Exception {
        return EngineRuns.verdicts(execute(descriptor, dir, clauses));
    }

    /** clause → "VERDICT reason". */
    private static Map<String, String> reasons(PlatformDescriptor descriptor, Path dir, String clauses) throws Exception {
        return EngineRuns.outcomes(execute(descriptor, dir, clauses));
    }

    private static EngineExecutionResults execute(PlatformDescriptor descriptor, Path dir, String clauses)
            throws Exception {
        Files.createDirectories(dir);
        Path file = dir.resolve("descriptor.yaml");
        DescriptorWriter.write(descriptor, file, List.of("TLS reference, for TlsReferenceRunTest"));
        return EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(PROFILE.toFile()))
                .configurationParameter(EngineConfig.PLATFORM, file.toString())
                .configurationParameter(EngineConfig.ICS_DEFAULT, "yes")
                .configurationParameter(EngineConfig.BINDINGS, "alink-mqtt")
                .configurationParameter(EngineConfig.CLAUSES, clauses)
                .configurationParameter(EngineConfig.REPORTS_DIR, dir.toString())
                .execute();
    }

    private static PlatformDescriptor withMqttTls(PlatformDescriptor d, TlsSettings tls) {
        return new PlatformDescriptor(d.name(), new Endpoint(d.mqtt().host(), d.mqtt().port(), tls), d.northbound(),
                d.interconnection(), d.devices(), d.ics(), d.ixit(), d.coap(), d.http(), d.wot(), d.mqttAccount(), d.tls());
    }

    private static PlatformDescriptor withDevice(PlatformDescriptor d, DeviceIdentity meter) {
        Map<String, DeviceIdentity> devices = new LinkedHashMap<>(d.devices());
        devices.put("meter", meter);
        return new PlatformDescriptor(d.name(), d.mqtt(), d.northbound(), d.interconnection(), devices, d.ics(),
                d.ixit(), d.coap(), d.http(), d.wot(), d.mqttAccount(), d.tls());
    }

    private static String allText(Path dir) throws Exception {
        StringBuilder text = new StringBuilder();
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.toString().contains(".secrets"))
                    .filter(p -> !p.toString().contains("allure-report")).toList()) {
                text.append(Files.readString(f));
            }
        }
        return text.toString();
    }
}
