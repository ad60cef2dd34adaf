package org.thingconform.engine.step.fleet;

import java.util.function.Supplier;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.measure.FleetJudgement;
import org.thingconform.measure.FleetReport;
import org.thingconform.measure.FleetThresholds;
import org.thingconform.measure.FleetTrace;
import org.thingconform.protocol.mqtt.fleet.FleetException;

/**
 * The end every fleet step shares: run the fleet, keep what it measured in the test's trace (the reports draw it,
 * merge adds shards' parts up), and judge it against the thresholds. A fleet that could not measure is
 * INCONCLUSIVE, one that measured short of a threshold FAIL with each value and its threshold.
 */
final class MeasuredFleet {

    private MeasuredFleet() {
    }

    static void judge(ClauseContext context, String fleet, FleetThresholds expect, FleetProgress progress,
                      Supplier<FleetReport> run) {
        FleetReport report;
        try {
            report = run.get();
        } catch (FleetException e) {
            throw StepFailure.inconclusive("the fleet could not measure: " + e.getMessage());
        }
        FleetTrace.record(context.trace(), fleet, report);
        progress.done(report);
        FleetJudgement.failure(expect, report).ifPresent(reason -> {
            throw StepFailure.fail(reason);
        });
    }
}
