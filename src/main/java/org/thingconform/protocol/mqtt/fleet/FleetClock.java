package org.thingconform.protocol.mqtt.fleet;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The phases of one fleet run as its connections see them: when publishing ends (the ramp plus the
 * load's duration after it), whether the fleet is stopping (a closed connection is then no error),
 * how many members ever connected, and how many connection attempts are still without an outcome
 * (a CONNACK, a refusal, a failure).
 */
final class FleetClock {

    private final long publishingEndsAt;
    private final AtomicInteger everConnected = new AtomicInteger();
    private final CountDownLatch unsettled;
    private volatile boolean stopping;

    FleetClock(long publishingEndsAt, int members) {
        this.publishingEndsAt = publishingEndsAt;
        this.unsettled = new CountDownLatch(members);
    }

    /** A member's connection attempt has its outcome; once per member. */
    void settled() {
        unsettled.countDown();
    }

    /** Waits until every attempt has its outcome or {@code deadline} passed; how many are still open. */
    long awaitSettled(long deadline) throws InterruptedException {
        unsettled.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        return unsettled.getCount();
    }

    long publishingEndsAt() {
        return publishingEndsAt;
    }

    boolean publishingOver(long nanos) {
        return nanos - publishingEndsAt >= 0;
    }

    void memberConnected() {
        everConnected.incrementAndGet();
    }

    int everConnected() {
        return everConnected.get();
    }

    void stop() {
        stopping = true;
    }

    boolean stopping() {
        return stopping;
    }
}
