package org.thingconform.waiver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thingconform.result.ClauseInfo;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Level;
import org.thingconform.result.StandardInfo;
import org.thingconform.result.Verdict;

/** Which FAILs a waiver covers: by profile, edition, clause, and binding or case when it names one. */
class WaiversTest {

    private static final Instant T0 = Instant.parse("2026-12-04T17:00:00Z");

    @Test
    void aWaiverCoversOnlyFailsOfItsProfileEditionAndClause() {
        Waivers waivers = waivers(waiver("TM-5.2.3", null, null));

        assertThat(waivers.of(result("TM-5.2.3", "1.0", Verdict.FAIL, null, null))).isPresent();
        assertThat(waivers.of(result("TM-5.2.3", "1.0", Verdict.ERROR, null, null))).as("only a FAIL").isEmpty();
        assertThat(waivers.of(result("TM-5.2.3", "2.0", Verdict.FAIL, null, null))).as("another edition").isEmpty();
        assertThat(waivers.of(result("TM-5.2.4", "1.0", Verdict.FAIL, null, null))).as("another clause").isEmpty();
    }

    @Test
    void aClauseIsWaivedOnlyWhenEveryFailOfItIs() {
        Waivers overOne = waivers(waiver("TM-5.2.3", "alink-mqtt", null));
        List<ClauseResult> twoBindings = List.of(result("TM-5.2.3", "1.0", Verdict.FAIL, "alink-mqtt", null),
                result("TM-5.2.3", "1.0", Verdict.FAIL, "alink-mqtt5", null));
        List<ClauseResult> onePassing = List.of(result("TM-5.2.3", "1.0", Verdict.FAIL, "alink-mqtt", null),
                result("TM-5.2.3", "1.0", Verdict.PASS, "alink-mqtt5", null));

        assertThat(overOne.ofClause(twoBindings)).as("the FAIL over alink-mqtt5 is not waived").isEmpty();
        assertThat(overOne.ofClause(onePassing)).isPresent();
        assertThat(overOne.used(twoBindings)).hasSize(1);
    }

    @Test
    void aWaiverOfOneCaseLeavesTheOtherCasesFailing() {
        Waivers oneCase = waivers(waiver("TM-5.3.1", null, "voltage/invalid.above-max"));
        List<ClauseResult> cases = List.of(result("TM-5.3.1", "1.0", Verdict.FAIL, null, "voltage/invalid.above-max"),
                result("TM-5.3.1", "1.0", Verdict.FAIL, null, "voltage/invalid.below-min"));

        assertThat(oneCase.ofClause(cases)).isEmpty();
        assertThat(oneCase.ofClause(cases.subList(0, 1))).isPresent();
    }

    @Test
    void anErrorBesideAWaivedFailLeavesTheClauseNotWaived() {
        Waivers waivers = waivers(waiver("TM-5.2.3", null, null));

        assertThat(waivers.ofClause(List.of(result("TM-5.2.3", "1.0", Verdict.FAIL, "alink-mqtt", null),
                result("TM-5.2.3", "1.0", Verdict.ERROR, "alink-mqtt5", null)))).isEmpty();
    }

    private static Waivers waivers(Waiver... entries) {
        return new Waivers(null, null, List.of(entries));
    }

    private static Waiver waiver(String clause, String binding, String caseId) {
        return new Waiver("tsl-alink-mqtt", "1.0", clause, binding, caseId, "known", "https://example.com/1", "lead",
                LocalDate.parse("2026-12-01"), LocalDate.parse("2027-01-31"), null);
    }

    private static ClauseResult result(String clause, String edition, Verdict verdict, String binding, String caseId) {
        ClauseInfo info = new ClauseInfo("tsl-alink-mqtt", new StandardInfo("TSL", "TSL", edition, "draft", null), clause,
                Level.MUST, "5", "summary", List.of(), null, null);
        return new ClauseResult(info, caseId, Map.of(), verdict, verdict == Verdict.PASS ? null : "because", T0, T0,
                List.of(), binding);
    }
}
