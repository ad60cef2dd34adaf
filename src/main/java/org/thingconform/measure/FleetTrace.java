package org.thingconform.measure;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;
import org.thingconform.trace.MessageTrace;
import org.thingconform.trace.TraceEntry;

/**
 * A fleet run in a test's trace, and back: one entry per second of the series and one with the totals, the
 * percentiles and the whole latency histogram (HdrHistogram's compressed form, Base64). The trace is what the
 * journal keeps, a resumed run restores and shards carry to {@code merge}, so the reports draw a fleet from it and
 * shards' histograms add up exactly. A fleet's messages themselves are counted, not traced one by one.
 */
public final class FleetTrace {

    /** The protocol name of a fleet's trace entries. */
    public static final String PROTOCOL = "fleet";
    private static final String SECOND = "SECOND";
    private static final String RESULT = "RESULT";
    private static final String HISTOGRAM = "hdr:";
    private static final String ERROR = "error: ";

    private FleetTrace() {
    }

    /** Adds {@code report} to {@code trace} under {@code fleet} (where the fleet step is written). */
    public static void record(MessageTrace trace, String fleet, FleetReport report) {
        for (FleetSample s : report.series()) {
            trace.received(PROTOCOL, SECOND, fleet, MessageTrace.attributes("second", String.valueOf(s.second()),
                    "connected", String.valueOf(s.connected()), "published", String.valueOf(s.published()),
                    "delivered", String.valueOf(s.delivered()), "p99Micros", String.valueOf(s.p99Micros())), "");
        }
        Map<String, String> totals = new LinkedHashMap<>();
        totals.put("members", String.valueOf(report.members()));
        totals.put("connected", String.valueOf(report.connected()));
        totals.put("published", String.valueOf(report.published()));
        totals.put("acknowledged", String.valueOf(report.acknowledged()));
        totals.put("delivered", String.valueOf(report.delivered()));
        totals.put("duplicates", String.valueOf(report.duplicates()));
        totals.put("untimed", String.valueOf(report.untimed()));
        totals.put("p50", millis(report.latencyMicros(50)));
        totals.put("p95", millis(report.latencyMicros(95)));
        totals.put("p99", millis(report.latencyMicros(99)));
        totals.put("max", millis(report.maxLatencyMicros()));
        report.errors().forEach((kind, count) -> totals.put(ERROR + kind, String.valueOf(count)));
        trace.received(PROTOCOL, RESULT, fleet, totals, HISTOGRAM + encode(report.latencyMicros()));
    }

    /** The fleet runs in {@code trace}, in the order they ran, each named by where its step is written. */
    public static Map<String, FleetReport> read(List<TraceEntry> trace) {
        Map<String, FleetReport> fleets = new LinkedHashMap<>();
        Map<String, List<FleetSample>> series = new LinkedHashMap<>();
        for (TraceEntry entry : trace) {
            if (!PROTOCOL.equals(entry.protocol())) {
                continue;
            }
            Map<String, String> a = entry.attributes();
            if (SECOND.equals(entry.kind())) {
                series.computeIfAbsent(entry.address(), k -> new ArrayList<>()).add(new FleetSample(integer(a, "second"),
                        integer(a, "connected"), number(a, "published"), number(a, "delivered"), number(a, "p99Micros")));
            } else if (RESULT.equals(entry.kind())) {
                decode(entry.payload()).ifPresent(histogram -> {
                    Map<String, Long> errors = new TreeMap<>();
                    a.forEach((key, value) -> {
                        if (key.startsWith(ERROR)) {
                            errors.put(key.substring(ERROR.length()), Long.parseLong(value));
                        }
                    });
                    fleets.put(entry.address(), new FleetReport(integer(a, "members"), integer(a, "connected"),
                            number(a, "published"), number(a, "acknowledged"), number(a, "delivered"),
                            number(a, "duplicates"), number(a, "untimed"), histogram, errors,
                            series.getOrDefault(entry.address(), List.of())));
                });
            }
        }
        return fleets;
    }

    /** Microseconds as milliseconds with one decimal, the unit the reports and reasons use. */
    public static String millis(long micros) {
        return String.format(Locale.ROOT, "%.1f ms", micros / 1000.0);
    }

    /** A share as a percentage with up to two decimals and no trailing zeros: 100 %, 99.9 %, 95.19 %. */
    public static String percent(double ratio) {
        return new java.math.BigDecimal(ratio * 100).setScale(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString() + " %";
    }

    private static String encode(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buffer.array(), length));
    }

    private static Optional<Histogram> decode(String payload) {
        if (payload == null || !payload.startsWith(HISTOGRAM)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(payload.substring(HISTOGRAM.length()));
            return Optional.of(Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0));
        } catch (IllegalArgumentException | DataFormatException e) {
            return Optional.empty(); // a trace edited by hand or cut short: no histogram to draw
        }
    }

    private static int integer(Map<String, String> attributes, String key) {
        return (int) number(attributes, key);
    }

    private static long number(Map<String, String> attributes, String key) {
        String value = attributes.get(key);
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
