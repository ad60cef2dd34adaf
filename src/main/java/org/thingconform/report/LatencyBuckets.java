package org.thingconform.report;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * A latency histogram regrouped into at most {@value #MAX_BARS} buckets of equal width on a log
 * scale, from the power of ten at or below the shortest latency to the one above the longest: ten
 * buckets a decade when the latencies span six decades or less, fewer when they span more. Values
 * are HdrHistogram's (the highest value equivalent to each recorded one, as its percentiles are);
 * 0 µs counts as 1 µs. Logarithms are {@link StrictMath}'s, so one histogram gives one grouping.
 */
record LatencyBuckets(int firstDecade, int lastDecade, List<Bucket> buckets) {

    /** The most buckets drawn, whatever the spread of the latencies. */
    static final int MAX_BARS = 60;

    /** The messages whose latency in µs is at least 10^fromLog10 and below 10^toLog10. */
    record Bucket(double fromLog10, double toLog10, long count) {

        double fromMicros() {
            return StrictMath.pow(10, fromLog10);
        }

        double toMicros() {
            return StrictMath.pow(10, toLog10);
        }
    }

    LatencyBuckets {
        buckets = List.copyOf(buckets);
    }

    /** The buckets of {@code latencyMicros}; none for an empty histogram. */
    static LatencyBuckets of(Histogram latencyMicros) {
        List<long[]> recorded = new ArrayList<>();
        for (HistogramIterationValue value : latencyMicros.recordedValues()) {
            recorded.add(new long[] {Math.max(1, value.getValueIteratedTo()), value.getCountAtValueIteratedTo()});
        }
        if (recorded.isEmpty()) {
            return new LatencyBuckets(0, 1, List.of());
        }
        int first = decade(recorded.get(0)[0]);
        int last = decade(recorded.get(recorded.size() - 1)[0]) + 1;
        int perDecade = Math.max(1, Math.min(10, MAX_BARS / (last - first)));
        long[] counts = new long[(last - first) * perDecade];
        for (long[] valueAndCount : recorded) {
            double position = (StrictMath.log10(valueAndCount[0]) - first) * perDecade;
            int index = Math.max(0, Math.min(counts.length - 1, (int) StrictMath.floor(position)));
            counts[index] += valueAndCount[1];
        }
        List<Bucket> buckets = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            buckets.add(new Bucket(first + (double) i / perDecade, first + (double) (i + 1) / perDecade, counts[i]));
        }
        return new LatencyBuckets(first, last, buckets);
    }

    /** The largest count in one bucket. */
    long highestCount() {
        return buckets.stream().mapToLong(Bucket::count).max().orElse(0);
    }

    private static int decade(long micros) {
        return (int) StrictMath.floor(StrictMath.log10(micros));
    }
}
