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
    /** The kind of the entry that starts a fleet: its load and thresholds. */
    public static final String LOAD = "LOAD";
    private static final String SECOND = "SECOND";
    private static final String EXPECT = "expect.";
    private static final String RESULT = "RESULT";
    private static final String HISTOGRAM = "hdr:";
    private static final String ERROR = "error: ";

    private FleetTrace() {
    }

    /**
     * Adds the start of fleet {@code fleet} (where its step is written) to {@code trace}: the load it runs and the
     * thresholds its verdict checks, so shards' parts can be judged again together where no profile is at hand.
     */
    public static void recordLoad(MessageTrace trace, String fleet, Map<String, String> load, FleetThresholds expect) {
        Map<String, String> attributes = new LinkedHashMap<>(load);
        put(attributes, "connected", expect.connected());
        put(attributes, "delivered", expect.delivered());
        put(attributes, "p50", expect.p50());
        put(attributes, "p95", expect.p95());
        put(attributes, "p99", expect.p99());
        put(attributes, "max", expect.max());
        put(attributes, "errors", expect.errors());
        trace.sent(PROTOCOL, LOAD, fleet, attributes, "");
    }

    /** The thresholds of each fleet in {@code trace} that recorded its load, by where its step is written. */
    public static Map<String, FleetThresholds> thresholds(List<TraceEntry> trace) {
        Map<String, FleetThresholds> thresholds = new LinkedHashMap<>();
        for (TraceEntry entry : trace) {
            if (PROTOCOL.equals(entry.protocol()) && LOAD.equals(entry.kind())) {
                Map<String, String> a = entry.attributes();
                thresholds.put(entry.address(), new FleetThresholds(share(a, "connected"), share(a, "delivered"),
                        duration(a, "p50"), duration(a, "p95"), duration(a, "p99"), duration(a, "max"),
                        a.containsKey(EXPECT + "errors") ? number(a, EXPECT + "errors") : null));
            }
        }
        return thresholds;
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

    private static void put(Map<String, String> attributes, String name, Object bound) {
        if (bound != null) {
            attributes.put(EXPECT + name, bound instanceof java.time.Duration d ? d.toString() : String.valueOf(bound));
        }
    }

    private static Double share(Map<String, String> attributes, String name) {
        String value = attributes.get(EXPECT + name);
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static java.time.Duration duration(Map<String, String> attributes, String name) {
        String value = attributes.get(EXPECT + name);
        try {
            return value == null ? null : java.time.Duration.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
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
