package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thingconform.platform.FaultInfo;

/**
 * Negative controls: every reference-platform fault must turn the clauses it declares to
 * FAIL, with a reason. Without this, a clause test that can never fail would look green.
 */
class FaultNegativeControlTest {

    static Stream<FaultInfo> faults() {
        return PlatformSession.provider().faults().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void eachFaultFailsTheClausesItDeclares(FaultInfo fault) {
        var results = EngineRuns.run(EngineRuns.SHIPPED, fault.name(), null);
        Map<String, String> verdicts = EngineRuns.verdicts(results);
        Map<String, String> reasons = EngineRuns.reasons(results);

        assertThat(failed(verdicts)).as("clauses failed by fault %s", fault.name()).containsAll(fault.clauses());
        fault.clauses().forEach(clause -> assertThat(reasons.get(clause)).as("reason of %s", clause)
                .isNotBlank().contains("expected"));
    }

    @Test
    void acceptOutOfRangeFailsExactlyTheOutOfRangeClause() {
        var results = EngineRuns.run(EngineRuns.SHIPPED, "accept-out-of-range", null);

        assertThat(failed(EngineRuns.verdicts(results))).containsExactly("TM-5.2.3");
        assertThat(EngineRuns.reasons(results).get("TM-5.2.3")).contains("expected reply code 6306");
    }

    @Test
    void wrongReplyIdFailsExactlyTheAcknowledgementClause() {
        var results = EngineRuns.run(EngineRuns.SHIPPED, "wrong-reply-id", null);

        assertThat(failed(EngineRuns.verdicts(results))).containsExactly("TM-5.2.1");
        assertThat(EngineRuns.reasons(results).get("TM-5.2.1")).contains("expected the reply to echo request id");
    }

    private static Set<String> failed(Map<String, String> verdicts) {
        Set<String> failed = new TreeSet<>();
        verdicts.forEach((clause, verdict) -> {
            if (verdict.equals("FAIL")) {
                failed.add(clause);
            }
        });
        return failed;
    }
}
