package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The smart-meter clauses run over the CoAP and the HTTP device binding against the embedded
 * reference platform: every clause passes, each binding fault turns exactly its clause to FAIL,
 * and the platform's thing-model faults (one Alink handler for every transport) fail the same
 * clauses over CoAP and HTTP as over MQTT.
 */
class CoapHttpBindingRunTest {

    static final Path COAP = Path.of("src/test/resources/profiles/alink-coap/profile.yaml");
    static final Path HTTP = Path.of("src/test/resources/profiles/alink-http/profile.yaml");

    @ParameterizedTest
    @ValueSource(strings = {"alink-coap", "alink-http"})
    void everyClausePassesOverTheBinding(String fixture) {
        Path profile = Path.of("src/test/resources/profiles", fixture, "profile.yaml");
        EngineExecutionResults results = EngineRuns.run(profile, "", null);

        Map<String, String> verdicts = EngineRuns.verdicts(results);
        assertThat(verdicts).as("reasons: %s", EngineRuns.reasons(results)).isNotEmpty()
                .allSatisfy((clause, verdict) -> assertThat(verdict).as(clause).isEqualTo("PASS"));
        assertThat(verdicts).containsKeys("TM-5.1.1", "TM-5.3.1", "TM-5.5.1", "TM-5.5.2", "TM-6.1.2", "TM-6.3.1",
                "TM-6.3.3", "TM-6.3.5",
                fixture.equals("alink-coap") ? "TM-7.2.1" : "TM-7.3.1");
        assertThat(results.testEvents().failed().count()).isZero();
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of(COAP, "coap-nonconfirmable-reply", "TM-7.2.1"),
                Arguments.of(HTTP, "http-accept-without-token", "TM-7.3.1"));
    }

    @ParameterizedTest(name = "{1} fails {2}")
    @MethodSource("faults")
    void aBindingFaultFailsExactlyItsClause(Path profile, String fault, String clause) {
        // the step clauses, where a transport fault would show first; the generated ones ran fault-free above
        EngineExecutionResults results = EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(profile.toFile()))
                .configurationParameter(EngineConfig.CLAUSES, "TM-5.*,TM-7.*")
                .configurationParameter(EngineConfig.FAULTS, fault)
                .execute();

        Map<String, String> verdicts = EngineRuns.verdicts(results);
        assertThat(verdicts).containsEntry(clause, "FAIL");
        assertThat(verdicts).as("reasons: %s", EngineRuns.reasons(results))
                .allSatisfy((id, verdict) -> assertThat(verdict).as(id).isEqualTo(id.equals(clause) ? "FAIL" : "PASS"));
    }

    static Stream<Arguments> sharedFaults() {
        return Stream.of(
                Arguments.of(COAP, "wrong-reply-id", "TM-5.2.1"),
                Arguments.of(COAP, "accept-any-credentials", "TM-5.1.2"),
                Arguments.of(COAP, "set-wrong-params", "TM-5.3.1"),
                Arguments.of(HTTP, "lose-service-output", "TM-5.5.1"),
                Arguments.of(HTTP, "drop-events", "TM-5.4.1"),
                Arguments.of(HTTP, "accept-any-credentials", "TM-5.1.2"),
                Arguments.of(COAP, "sync-timeout-reported-as-success", "TM-6.3.5"),
                Arguments.of(HTTP, "lose-service-output", "TM-5.5.2"));
    }

    @ParameterizedTest(name = "{1} fails {2} of {0}")
    @MethodSource("sharedFaults")
    void aThingModelFaultFailsItsClauseOverTheBindingToo(Path profile, String fault, String clause) {
        EngineExecutionResults results = EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(profile.toFile()))
                .configurationParameter(EngineConfig.CLAUSES, clause)
                .configurationParameter(EngineConfig.FAULTS, fault)
                .execute();

        assertThat(EngineRuns.verdicts(results)).containsEntry(clause, "FAIL");
    }
}
