package org.thingconform.protocol.lwm2m;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.californium.core.CoapResource;
import org.eclipse.californium.core.observe.ObserveRelation;
import org.eclipse.leshan.core.node.LwM2mPath;

/**
 * Decides when each Observe relation gets a notification, roughly as LwM2M's pmin/pmax ask:
 * a change on or below (or above) the observed path notifies at once, unless the last
 * notification is younger than pmin, in which case one notification follows when pmin has
 * passed; with pmax set, a relation that had no notification for pmax seconds gets one with
 * the current value. gt/lt/st are kept and shown by Discover but do not filter notifications.
 * Attributes apply from the next notification on.
 */
final class ObservationTimer implements AutoCloseable {

    private final NotificationAttributes attributes;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "lwm2m-client-observe-timer");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Long> lastSentNanos = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> delayed = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> periodic = new ConcurrentHashMap<>();
    private volatile CoapResource resource;

    ObservationTimer(NotificationAttributes attributes) {
        this.attributes = attributes;
    }

    /** The resource whose relations this timer drives; set once, before any notification. */
    void drive(CoapResource resource) {
        this.resource = resource;
    }

    /** The object tree changed at {@code changed}: notify the related relations now or after pmin. */
    void changed(LwM2mPath changed) {
        CoapResource target = resource;
        if (target != null) {
            target.changed(relation -> due(relation, changed));
        }
    }

    /** A notification (or the first answer) of {@code relation} on {@code observed} was just sent. */
    void sent(ObserveRelation relation, LwM2mPath observed) {
        String key = relation.getKey();
        lastSentNanos.put(key, System.nanoTime());
        Optional.ofNullable(periodic.remove(key)).ifPresent(f -> f.cancel(false));
        attributes.pmax(observed).filter(pmax -> pmax > 0).ifPresent(pmax -> periodic.put(key,
                timer.schedule(() -> notifyOne(key), pmax, TimeUnit.SECONDS)));
    }

    @Override
    public void close() {
        timer.shutdownNow();
        lastSentNanos.clear();
        delayed.clear();
        periodic.clear();
    }

    private boolean due(ObserveRelation relation, LwM2mPath changed) {
        Optional<LwM2mPath> observed = observedPath(relation);
        if (observed.isEmpty() || !(observed.get().startWith(changed) || changed.startWith(observed.get()))) {
            return false;
        }
        String key = relation.getKey();
        long pminNanos = TimeUnit.SECONDS.toNanos(attributes.pmin(observed.get()).orElse(0L));
        Long last = lastSentNanos.get(key);
        long wait = last == null ? 0 : pminNanos - (System.nanoTime() - last);
        if (wait <= 0) {
            return true;
        }
        delayed.computeIfAbsent(key, k -> timer.schedule(() -> {
            delayed.remove(k);
            notifyOne(k);
        }, wait, TimeUnit.NANOSECONDS));
        return false;
    }

    private void notifyOne(String key) {
        CoapResource target = resource;
        if (target != null) {
            target.changed(relation -> relation.getKey().equals(key) && !relation.isCanceled());
        }
    }

    /** The LwM2M path the relation's GET observed. */
    static Optional<LwM2mPath> observedPath(ObserveRelation relation) {
        return Lwm2mPaths.of(relation.getExchange().getRequest().getOptions().getUriPath());
    }
}
