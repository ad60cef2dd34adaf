package org.thingconform.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Holds a fleet's measurements against a capacity clause's thresholds. Each broken bound is one phrase with the
 * measured value and the threshold, so a FAIL says by how much; the errors by kind follow when there were any.
 */
public final class FleetJudgement {

    private FleetJudgement() {
    }

    /** Why {@code report} fails {@code expect} (each broken bound, then the errors by kind); empty when it meets them. */
    public static Optional<String> failure(FleetThresholds expect, FleetReport report) {
        List<String> broken = broken(expect, report);
        if (broken.isEmpty()) {
            return Optional.empty();
        }
        String errors = report.errorsByKind();
        return Optional.of("expected the fleet to meet its thresholds; " + String.join("; ", broken)
                + (errors.isEmpty() ? "" : "; errors: " + errors));
    }

    /** The bounds {@code report} breaks, one phrase each; empty when it meets every one. */
    public static List<String> broken(FleetThresholds expect, FleetReport report) {
        List<String> broken = new ArrayList<>();
        if (expect.connected() != null && report.connectRatio() < expect.connected()) {
            broken.add("connected " + report.connected() + " of " + report.members() + " devices ("
                    + FleetTrace.percent(report.connectRatio()) + "), below the threshold " + FleetTrace.percent(expect.connected()));
        }
        if (expect.delivered() != null && report.published() == 0 && report.connected() > 0) {
            // a delivery bound over nothing published is no delivery at all: the load never ran (devices not ready in time)
            broken.add("no message was published: the connected devices were not ready to publish before the load's "
                    + "time was up");
        }
        if (expect.delivered() != null && report.deliveryRatio() < expect.delivered()) {
            broken.add("delivered " + report.delivered() + " of " + report.published() + " messages ("
                    + FleetTrace.percent(report.deliveryRatio()) + "), below the threshold " + FleetTrace.percent(expect.delivered()));
        }
        boolean latencyBound = expect.p50() != null || expect.p95() != null || expect.p99() != null || expect.max() != null;
        if (latencyBound && report.published() > 0 && report.latencyMicros().getTotalCount() == 0) {
            // no sample meets no bound: a platform that never answers must not pass a latency clause
            broken.add("no latency measured: none of the " + report.published() + " messages published was delivered "
                    + "and timed");
        }
        latency(broken, "p50", report.latencyMicros(50), expect.p50());
        latency(broken, "p95", report.latencyMicros(95), expect.p95());
        latency(broken, "p99", report.latencyMicros(99), expect.p99());
        latency(broken, "max", report.maxLatencyMicros(), expect.max());
        long errors = report.errors().values().stream().mapToLong(Long::longValue).sum();
        if (expect.errors() != null && errors > expect.errors()) {
            broken.add(errors + " error(s), above the threshold " + expect.errors());
        }
        return broken;
    }

    /** The measured values in one line, for the trace and a passing verdict's record. */
    public static String summary(FleetReport report) {
        return "connected " + report.connected() + "/" + report.members() + ", delivered " + report.delivered() + "/"
                + report.published() + " (" + FleetTrace.percent(report.deliveryRatio()) + "), latency p50 "
                + FleetTrace.millis(report.latencyMicros(50)) + " p95 " + FleetTrace.millis(report.latencyMicros(95))
                + " p99 " + FleetTrace.millis(report.latencyMicros(99)) + " max "
                + FleetTrace.millis(report.maxLatencyMicros());
    }

    private static void latency(List<String> broken, String name, long micros, Duration bound) {
        if (bound != null && micros > bound.toNanos() / 1000) {
            broken.add(name + " latency " + FleetTrace.millis(micros) + ", above the threshold " + bound.toMillis() + " ms");
        }
    }
}
