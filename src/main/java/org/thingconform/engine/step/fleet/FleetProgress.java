package org.thingconform.engine.step.fleet;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thingconform.measure.FleetJudgement;
import org.thingconform.measure.FleetReport;
import org.thingconform.measure.FleetSample;
import org.thingconform.measure.FleetTrace;

/**
 * A fleet's progress on the {@code org.thingconform.progress} log: what it starts, every few seconds how far it is,
 * and what it measured, so a person watching a long fleet sees it move. Shared by the fleet steps.
 */
final class FleetProgress {

    private static final Logger PROGRESS = LoggerFactory.getLogger("org.thingconform.progress");
    private static final int EVERY_SECONDS = 5;

    private final String fleet;
    private final int devices;

    /** The progress of fleet {@code fleet} (its step's file:line) of {@code devices} devices in all. */
    FleetProgress(String fleet, int devices) {
        this.fleet = fleet;
        this.devices = devices;
    }

    void started(double messageRate, String what, long seconds, String where) {
        PROGRESS.info("fleet {}: {} {} {} for {} s against {}", fleet, devices, what, messageRate == 0
                ? "connect and stay connected" : "at " + number(messageRate) + " msg/s each", seconds, where);
    }

    void second(FleetSample sample) {
        if (sample.second() % EVERY_SECONDS == 0) {
            PROGRESS.info("fleet {}: {} s, connected {}/{}, published {} msg/s, delivered {} msg/s, p99 {}", fleet,
                    sample.second(), sample.connected(), devices, sample.published(), sample.delivered(),
                    FleetTrace.millis(sample.p99Micros()));
        }
    }

    void done(FleetReport report) {
        PROGRESS.info("fleet {}: done: {}", fleet, FleetJudgement.summary(report));
    }

    /** A rate as written: 2, not 2.0; 0.5 as it is. */
    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
