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

    /**
     * This fleet and {@code other} as one (two shards' parts of a fleet): counts and errors summed, the latency
     * histograms added (never averaged), the seconds summed second by second with the worse p99 of the two.
     */
    public FleetReport plus(FleetReport other) {
        Histogram latency = latencyMicros.copy();
        latency.add(other.latencyMicros);
        Map<String, Long> errorCounts = new java.util.TreeMap<>(errors);
        other.errors.forEach((kind, count) -> errorCounts.merge(kind, count, Long::sum));
        Map<Integer, FleetSample> seconds = new java.util.TreeMap<>();
        for (FleetSample s : series) {
            seconds.put(s.second(), s);
        }
        for (FleetSample s : other.series) {
            seconds.merge(s.second(), s, (a, b) -> new FleetSample(a.second(), a.connected() + b.connected(),
                    a.published() + b.published(), a.delivered() + b.delivered(), Math.max(a.p99Micros(), b.p99Micros())));
        }
        return new FleetReport(members + other.members, connected + other.connected, published + other.published,
                acknowledged + other.acknowledged, delivered + other.delivered, duplicates + other.duplicates,
                untimed + other.untimed, latency, errorCounts, List.copyOf(seconds.values()));
    }
}
