package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Negative controls of the broker clauses whose subject the faults {@code broker-qos2-answered-with-puback}
 * and {@code broker-retained-only-exact-subscriptions} break: each clause PASSes against the fault-free
 * reference broker and FAILs, with a reason naming the violation, with its fault on. MQTT-3.3.1-6 is the
 * 3.1.1 statement (retained messages also for a wildcard filter), not 5.0's MQTT-3.3.1-6.
 */
class RetainAndQos2FaultControlTest {

    @TempDir
    Path reports;

    @ParameterizedTest(name = "{0} {1} with fault [{2}]: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            mqtt-3.1.1 | MQTT-4.3.3-2 |                                          | PASS |
            mqtt-5.0   | MQTT-4.3.3-8 |                                          | PASS |
            mqtt-3.1.1 | MQTT-3.3.1-6 |                                          | PASS |
            mqtt-3.1.1 | MQTT-4.3.3-2 | broker-qos2-answered-with-puback         | FAIL | expected a PUBREC for the QoS 2 PUBLISH with packet id \\d+; none arrived within 2000 ms; the broker sent instead: PUBACK \\{packetId=\\d+.*
            mqtt-5.0   | MQTT-4.3.3-8 | broker-qos2-answered-with-puback         | FAIL | expected a PUBREC for the QoS 2 PUBLISH with packet id \\d+; none arrived within 2000 ms; the broker sent instead: PUBACK \\{packetId=\\d+.*
            mqtt-3.1.1 | MQTT-3.3.1-6 | broker-retained-only-exact-subscriptions | FAIL | expected a PUBLISH on 'tc/[0-9a-f]+/w/a' with payload 'kept-[0-9a-f]+'.*; none arrived.*
            """)
    void theClauseFailsWithItsFaultOnlyWithAReason(String edition, String clause, String fault, String verdict,
                                                   String reason) {
        var results = EngineRuns.run(Path.of("test-profiles/mqtt-broker/" + edition + ".profile.yaml"), Map.of(
                EngineConfig.CLAUSES, clause,
                EngineConfig.FAULTS, fault == null ? "" : fault,
                EngineConfig.PARAMETERS, "replyTimeout=2s;quietPeriod=300ms",
                EngineConfig.REPORTS_DIR, reports.toString()));

        assertThat(EngineRuns.verdicts(results)).containsExactly(Map.entry(clause, verdict));
        if (reason != null) {
            assertThat(EngineRuns.reasons(results).get(clause)).matches(reason);
        }
    }
}
