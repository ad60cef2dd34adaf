package org.thingconform.reference.lwm2m;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The server's registry of LwM2M clients, by registration id and by endpoint name. It gives ids,
 * replaces an endpoint's older registration, and ends each registration when its lifetime runs out
 * (one scheduled task per registration, moved by every Update). Every change goes to one listener.
 */
final class Registrations implements AutoCloseable {

    private static final char[] ID_CHARS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Registration> byId = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> expiries = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;
    private final Predicate<Lwm2mFault> faults;
    private final Consumer<RegistrationChange> listener;
    private final Clock clock;

    Registrations(ScheduledExecutorService scheduler, Predicate<Lwm2mFault> faults,
                  Consumer<RegistrationChange> listener, Clock clock) {
        this.scheduler = scheduler;
        this.faults = faults;
        this.listener = listener;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** A fresh registration id, unused so far. */
    String newId() {
        while (true) {
            StringBuilder id = new StringBuilder(10);
            for (int i = 0; i < 10; i++) {
                id.append(ID_CHARS[RANDOM.nextInt(ID_CHARS.length)]);
            }
            if (!byId.containsKey(id.toString())) {
                return id.toString();
            }
        }
    }

    /** Adds {@code registration}; an older one of its endpoint is replaced unless a fault keeps both. */
    void add(Registration registration) {
        List<Registration> replaced = new ArrayList<>();
        synchronized (this) {
            if (!faults.test(Lwm2mFault.DUPLICATE_REGISTRATIONS)) {
                byId.values().stream().filter(r -> r.endpoint().equals(registration.endpoint())).forEach(replaced::add);
                replaced.forEach(r -> remove(r.id()));
            }
            byId.put(registration.id(), registration);
            scheduleExpiry(registration);
        }
        replaced.forEach(r -> listener.accept(new RegistrationChange(RegistrationChange.Kind.REPLACED, r)));
        listener.accept(new RegistrationChange(RegistrationChange.Kind.REGISTERED, registration));
    }

    /** Applies an Update to registration {@code id}; empty when there is none. */
    Optional<Registration> update(String id, UnaryOperator<Registration> change) {
        Registration updated;
        synchronized (this) {
            Registration current = byId.get(id);
            if (current == null) {
                return Optional.empty();
            }
            updated = change.apply(current);
            byId.put(id, updated);
            scheduleExpiry(updated);
        }
        listener.accept(new RegistrationChange(RegistrationChange.Kind.UPDATED, updated));
        return Optional.of(updated);
    }

    /** Ends registration {@code id} on a De-register; empty when there is none. */
    Optional<Registration> deregister(String id) {
        Registration removed;
        synchronized (this) {
            removed = remove(id);
        }
        if (removed != null) {
            listener.accept(new RegistrationChange(RegistrationChange.Kind.DEREGISTERED, removed));
        }
        return Optional.ofNullable(removed);
    }

    Optional<Registration> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The newest registration of {@code endpoint}. */
    Optional<Registration> byEndpoint(String endpoint) {
        return byId.values().stream().filter(r -> r.endpoint().equals(endpoint))
                .max(Comparator.comparing(Registration::registeredAt));
    }

    /** Every registration, by endpoint name. */
    List<Registration> all() {
        return byId.values().stream().sorted(Comparator.comparing(Registration::endpoint)
                .thenComparing(Registration::registeredAt)).toList();
    }

    private Registration remove(String id) {
        ScheduledFuture<?> expiry = expiries.remove(id);
        if (expiry != null) {
            expiry.cancel(false);
        }
        return byId.remove(id);
    }

    private void scheduleExpiry(Registration registration) {
        long delayMillis = Math.max(0, Duration.between(now(), registration.expiresAt()).toMillis());
        ScheduledFuture<?> previous = expiries.put(registration.id(), scheduler.schedule(
                () -> expire(registration.id(), registration.lastUpdate()), delayMillis, TimeUnit.MILLISECONDS));
        if (previous != null) {
            previous.cancel(false);
        }
    }

    private void expire(String id, Instant lastUpdateWhenScheduled) {
        if (faults.test(Lwm2mFault.REGISTRATION_NEVER_EXPIRES)) {
            return;
        }
        Registration expired;
        synchronized (this) {
            Registration current = byId.get(id);
            if (current == null || !current.lastUpdate().equals(lastUpdateWhenScheduled)) {
                return;
            }
            expired = remove(id);
        }
        listener.accept(new RegistrationChange(RegistrationChange.Kind.EXPIRED, expired));
    }

    @Override
    public void close() {
        expiries.values().forEach(f -> f.cancel(false));
        expiries.clear();
    }
}
