package org.thingconform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.thingconform.engine.EngineConfig;
import org.thingconform.engine.EngineRuns;
import org.thingconform.engine.ThingConformTestEngine;
import org.thingconform.platform.DescriptorWriter;

/**
 * The {@code tlsHandshake} step against the reference platform over TLS: versions and cipher
 * suites the endpoints accept pass, a refusal the platform does not make and a version it does not
 * negotiate fail with what was observed, and a version this JVM cannot offer is INCONCLUSIVE.
 */
class TlsHandshakeStepTest {

    private static final Path PROFILE = Path.of("src/test/resources/profiles/tls/tls-facts.profile.yaml");

    @Test
    void tlsFactsAreJudgedFromRealHandshakes(@TempDir Path dir) throws Exception {
        Map<String, String> outcomes;
        try (ReferencePlatform platform = ReferencePlatform.start(List.of(), Set.of(), 0, ReferenceTls.create())) {
            Path descriptor = dir.resolve("descriptor.yaml");
            DescriptorWriter.write(platform.descriptor(), descriptor, List.of("TLS reference"));
            outcomes = EngineRuns.outcomes(EngineTestKit.engine(ThingConformTestEngine.ID)
                    .selectors(DiscoverySelectors.selectFile(PROFILE.toFile()))
                    .configurationParameter(EngineConfig.PLATFORM, descriptor.toString())
                    .configurationParameter(EngineConfig.REPORTS_DIR, dir.resolve("reports").toString())
                    .execute());
        }

        assertThat(outcomes.get("TLS-1")).startsWith("PASS");
        assertThat(outcomes.get("TLS-2")).startsWith("FAIL").contains("to refuse a handshake offering [TLSv1.2]")
                .contains("observed it accepted with TLSv1.2");
        assertThat(outcomes.get("TLS-3")).startsWith("PASS");
        assertThat(outcomes.get("TLS-4")).startsWith("FAIL").contains("to negotiate TLSv1.2").contains("observed TLSv1.3");
        assertThat(outcomes.get("TLS-5")).startsWith("INCONCLUSIVE").contains("this JVM does not offer TLSv1.1");
    }
}
