package org.thingconform.reference;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The negative controls of the TSL/Alink capacity clauses, applied on the Alink side of the broker to devices
 * signing in and posting over MQTT (plain MQTT clients, and devices over CoAP and HTTP, are untouched): a device
 * quota below the fleet the clauses ask for, a platform that leaves one property post in twenty unanswered, and one
 * that holds every property {@code post_reply} for two seconds. Each is what a platform short of its stated capacity
 * for devices does, measurably by a device fleet.
 */
final class AlinkCapacityFaults implements AutoCloseable {

    /** How many distinct devices may sign in over MQTT while {@link Fault#ALINK_DEVICE_LIMIT} is on. */
    static final int DEVICE_LIMIT = 20;
    /** Of so many property posts, one gets no reply while {@link Fault#ALINK_LOSES_REPLIES} is on. */
    static final int ONE_UNANSWERED_IN = 20;
    /** How long each property post_reply is held while {@link Fault#ALINK_SLOW_REPLIES} is on. */
    static final long HELD_MILLIS = 2_000;

    private static final String PROPERTY_POST_REPLY = "/thing/event/property/post_reply";

    private final FaultSwitch faults;
    private final Set<DeviceKey> signedIn = new HashSet<>();
    private final AtomicLong posts = new AtomicLong();
    private final ScheduledExecutorService held = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "reference-held-replies");
        thread.setDaemon(true);
        return thread;
    });

    AlinkCapacityFaults(FaultSwitch faults) {
        this.faults = faults;
    }

    /**
     * Whether {@code device}, whose signature was accepted, may sign in: with the device quota on, the first {@value
     * #DEVICE_LIMIT} distinct devices may (again and again), no further one. The quota starts afresh once the fault
     * is off.
     */
    synchronized boolean admits(DeviceKey device) {
        if (!faults.on(Fault.ALINK_DEVICE_LIMIT)) {
            signedIn.clear();
            return true;
        }
        return signedIn.contains(device) || signedIn.size() < DEVICE_LIMIT && signedIn.add(device);
    }

    /**
     * The replies of one MQTT request as the faults let them go: a property {@code post_reply} now, never (one in
     * {@value #ONE_UNANSWERED_IN}), or {@value #HELD_MILLIS} ms later; every other reply now.
     */
    Downlink replies(Downlink replies) {
        return (topic, payload) -> {
            if (!topic.endsWith(PROPERTY_POST_REPLY)) {
                replies.publish(topic, payload);
            } else if (faults.on(Fault.ALINK_LOSES_REPLIES) && posts.incrementAndGet() % ONE_UNANSWERED_IN == 0) {
                return; // the post was handled (and stored); its reply is lost
            } else if (faults.on(Fault.ALINK_SLOW_REPLIES)) {
                held.schedule(() -> replies.publish(topic, payload), HELD_MILLIS, TimeUnit.MILLISECONDS);
            } else {
                replies.publish(topic, payload);
            }
        };
    }

    @Override
    public void close() {
        held.shutdownNow();
    }
}
