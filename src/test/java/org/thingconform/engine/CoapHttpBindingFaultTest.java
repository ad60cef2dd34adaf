package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The shipped profile's CoAP and HTTP bindings have teeth: each binding fault turns exactly its
 * clause to FAIL over its binding, and the platform's thing-model faults (one Alink handler for every
 * transport) fail the same clauses over CoAP and HTTP as over MQTT. That every clause passes over
 * both bindings is shown by the fault-free runs of the shipped profile.
 */
class CoapHttpBindingFaultTest {

    static final Path PROFILE = Path.of("test-profiles/tsl-alink-mqtt/profile.yaml");

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("alink-coap", "coap-nonconfirmable-reply", "TM-7.2.1"),
                Arguments.of("alink-http", "http-accept-without-token", "TM-7.3.1"));
    }

    @ParameterizedTest(name = "{1} fails {2} over {0}")
    @MethodSource("faults")
    void aBindingFaultFailsExactlyItsClause(String binding, String fault, String clause) {
        // the step clauses, where a transport fault would show first; the generated ones run fault-free elsewhere
        EngineExecutionResults results = run(binding, "TM-5.*,TM-7.*", fault);

        Map<String, String> verdicts = EngineRuns.verdicts(results);
        assertThat(verdicts).containsEntry(clause, "FAIL");
        assertThat(verdicts).as("reasons: %s", EngineRuns.reasons(results)).allSatisfy((id, verdict) ->
                assertThat(verdict).as(id).isIn(id.equals(clause) ? "FAIL" : "PASS", "NOT_APPLICABLE"));
    }

    static Stream<Arguments> sharedFaults() {
        return Stream.of(
                Arguments.of("alink-coap", "wrong-reply-id", "TM-5.2.1"),
                Arguments.of("alink-coap", "accept-any-credentials", "TM-5.1.2"),
                Arguments.of("alink-coap", "set-wrong-params", "TM-5.3.1"),
                Arguments.of("alink-http", "lose-service-output", "TM-5.5.1"),
                Arguments.of("alink-http", "drop-events", "TM-5.4.1"),
                Arguments.of("alink-http", "accept-any-credentials", "TM-5.1.2"),
                Arguments.of("alink-coap", "sync-timeout-reported-as-success", "TM-6.3.5"),
                Arguments.of("alink-http", "lose-service-output", "TM-5.5.2"));
    }

    @ParameterizedTest(name = "{1} fails {2} over {0}")
    @MethodSource("sharedFaults")
    void aThingModelFaultFailsItsClauseOverTheBindingToo(String binding, String fault, String clause) {
        EngineExecutionResults results = run(binding, clause, fault);

        assertThat(EngineRuns.verdicts(results)).containsEntry(clause, "FAIL");
        assertThat(EngineRuns.reasons(results).get(clause)).as("the failing run is the binding's").isNotBlank();
    }

    private static EngineExecutionResults run(String binding, String clauses, String fault) {
        return EngineTestKit.engine(ThingConformTestEngine.ID)
                .selectors(DiscoverySelectors.selectFile(PROFILE.toFile()))
                .configurationParameter(EngineConfig.BINDINGS, binding)
                .configurationParameter(EngineConfig.CLAUSES, clauses)
                .configurationParameter(EngineConfig.FAULTS, fault)
                .execute();
    }
}
