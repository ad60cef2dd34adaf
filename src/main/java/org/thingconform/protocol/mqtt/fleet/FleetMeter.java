package org.thingconform.protocol.mqtt.fleet;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.thingconform.measure.FleetReport;
import org.thingconform.measure.FleetSample;

/**
 * The counters of one fleet run, written by the members' event loops and the observer's, read once
 * a second for the series and at the end for the report. A message's send time is kept in a window
 * of the last {@value #WINDOW} messages of its member, so the observer can time it without the time
 * travelling in the payload; a message delivered after its member sent {@value #WINDOW} more is
 * counted as delivered but untimed.
 */
final class FleetMeter {

    static final int WINDOW = 64;
    private static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

    private final int members;
    private final AtomicLongArray sentAt;
    private final AtomicLongArray sentSequence;
    private final BitSet[] seen;
    private final AtomicInteger connected = new AtomicInteger();
    private final LongAdder published = new LongAdder();
    private final LongAdder acknowledged = new LongAdder();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder untimed = new LongAdder();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Recorder latency = new Recorder(HIGHEST_MICROS, 3);
    private final Histogram total = new Histogram(HIGHEST_MICROS, 3);
    private final List<FleetSample> series = new ArrayList<>();
    private final Object allArrived = new Object();
    private volatile boolean awaitingTheLast;
    private long publishedBefore;
    private long deliveredBefore;
    private Histogram interval;

    FleetMeter(int members) {
        this.members = members;
        this.sentAt = new AtomicLongArray(members * WINDOW);
        this.sentSequence = new AtomicLongArray(members * WINDOW);
        this.seen = new BitSet[members];
        for (int i = 0; i < members; i++) {
            seen[i] = new BitSet();
        }
    }

    void connected() {
        connected.incrementAndGet();
    }

    void disconnected() {
        connected.decrementAndGet();
    }

    int connectedNow() {
        return connected.get();
    }

    /** Member {@code member} sent message {@code sequence} at {@code nanos} ({@link System#nanoTime}). */
    void sent(int member, long sequence, long nanos) {
        int slot = member * WINDOW + (int) (sequence % WINDOW);
        sentAt.set(slot, nanos);
        sentSequence.set(slot, sequence);
        published.increment();
    }

    void acknowledged() {
        acknowledged.increment();
    }

    /**
     * Message {@code sequence} of {@code member} arrived (at the observer, or answered to the member) at {@code
     * nanos}: from one thread per member (the observer's, or the member's own event loop).
     */
    void received(int member, long sequence, long nanos) {
        if (member < 0 || member >= members || sequence < 0 || sequence > Integer.MAX_VALUE) {
            error("a message names no member of this fleet");
            return;
        }
        if (seen[member].get((int) sequence)) {
            duplicates.increment();
            return;
        }
        seen[member].set((int) sequence);
        int slot = member * WINDOW + (int) (sequence % WINDOW);
        long sent = sentAt.get(slot);
        if (sentSequence.get(slot) == sequence && sent != 0) {
            latency.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos - sent))));
        } else {
            untimed.increment();
        }
        // timed first: the fleet ends once the last message is delivered, and its latency must be in the report
        delivered.increment();
        wakeIfAllAnswered();
    }

    /**
     * The platform refused a message (an answer whose code is no success): an error of {@code kind}, answered
     * but not delivered.
     */
    void refused(String kind) {
        error(kind);
        refused.increment();
        wakeIfAllAnswered();
    }

    private void wakeIfAllAnswered() {
        if (awaitingTheLast && allDelivered()) {
            synchronized (allArrived) {
                allArrived.notifyAll();
            }
        }
    }

    /** Whether every message published so far arrived, or was refused: nothing is still on its way. */
    boolean allDelivered() {
        return delivered.sum() + refused.sum() >= published.sum();
    }

    /**
     * Blocks until every message published so far was delivered or {@code deadline}
     * ({@link System#nanoTime}) passed; called once publishing ended. Woken by each delivery.
     */
    void awaitAllDelivered(long deadline) throws InterruptedException {
        awaitingTheLast = true;
        synchronized (allArrived) {
            long left = deadline - System.nanoTime();
            while (!allDelivered() && left > 0) {
                TimeUnit.NANOSECONDS.timedWait(allArrived, left);
                left = deadline - System.nanoTime();
            }
        }
    }

    /** One more error of {@code kind} (a short phrase: "connection refused", "PUBACK missing"). */
    void error(String kind) {
        error(kind, 1);
    }

    /** {@code count} more errors of {@code kind}. */
    void error(String kind, long count) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).add(count);
    }

    /** Closes the second that just ended and returns its sample; one caller at a time. */
    synchronized FleetSample sample(int second) {
        interval = latency.getIntervalHistogram(interval);
        total.add(interval);
        long publishedNow = published.sum();
        long deliveredNow = delivered.sum();
        FleetSample sample = new FleetSample(second, connected.get(), publishedNow - publishedBefore,
                deliveredNow - deliveredBefore, interval.getTotalCount() == 0 ? 0 : interval.getValueAtPercentile(99));
        publishedBefore = publishedNow;
        deliveredBefore = deliveredNow;
        series.add(sample);
        return sample;
    }

    /** The 99th percentile of every latency so far, in microseconds (as of the last sample). */
    synchronized long p99SoFar() {
        return total.getTotalCount() == 0 ? 0 : total.getValueAtPercentile(99);
    }

    /** The report, after a last sample; {@code connectedMembers} is how many ever connected. */
    synchronized FleetReport report(int connectedMembers) {
        Map<String, Long> errorCounts = new TreeMap<>();
        errors.forEach((kind, count) -> errorCounts.put(kind, count.sum()));
        return new FleetReport(members, connectedMembers, published.sum(), acknowledged.sum(), delivered.sum(),
                duplicates.sum(), untimed.sum(), total.copy(), errorCounts, List.copyOf(series));
    }
}
