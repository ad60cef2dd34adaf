package org.thingconform.measure;

import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What a fleet run measured: connections tried and made, messages published, acknowledged and
 * delivered (each counted once; duplicates apart), end-to-end latency (an HdrHistogram in
 * microseconds, so shards of one fleet add up exactly), errors by kind and the per-second series.
 */
public record FleetReport(int members, int connected, long published, long acknowledged, long delivered,
                          long duplicates, long untimed, Histogram latencyMicros, Map<String, Long> errors,
                          List<FleetSample> series) {

    /** Connections made over connections tried (1 for an empty fleet). */
    public double connectRatio() {
        return members == 0 ? 1 : (double) connected / members;
    }

    /** Distinct messages delivered over messages published (1 when nothing was published). */
    public double deliveryRatio() {
        return published == 0 ? 1 : (double) delivered / published;
    }

    /** The latency at {@code percentile} (0–100) in microseconds; 0 when nothing was timed. */
    public long latencyMicros(double percentile) {
        return latencyMicros.getTotalCount() == 0 ? 0 : latencyMicros.getValueAtPercentile(percentile);
    }

    /** The longest latency timed, in microseconds. */
    public long maxLatencyMicros() {
        return latencyMicros.getTotalCount() == 0 ? 0 : latencyMicros.getMaxValue();
    }

    /** The errors by kind, commonest first ("connection refused ×3, no CONNACK ×1"); empty when there were none. */
    public String errorsByKind() {
        return errors.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " ×" + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
    }
}
