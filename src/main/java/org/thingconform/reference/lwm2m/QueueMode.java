package org.thingconform.reference.lwm2m;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The server's side of LwM2M queue mode (TS 6.2.1 parameter Q; Transport TS, Queue Mode): a client that registered
 * with Q is online for the awake time after its Register or Update and offline after that. A request for an
 * offline client is held until the client's next Register or Update, then sent, one request of the client at a
 * time; a request still held when its timeout runs out is dropped and reported as not delivered.
 */
final class QueueMode {

    /** The awake time of the reference unless it is started with another: the shipped profile's IXIT value. */
    static final Duration DEFAULT_AWAKE_TIME = Duration.ofSeconds(2);

    private final Duration awakeTime;
    private final Registrations registrations;
    private final Clock clock;
    private final Predicate<Lwm2mFault> faults;
    private final Object heard = new Object();
    private final Map<String, Object> sendLocks = new ConcurrentHashMap<>();

    QueueMode(Duration awakeTime, Registrations registrations, Clock clock, Predicate<Lwm2mFault> faults) {
        this.awakeTime = awakeTime;
        this.registrations = registrations;
        this.clock = clock;
        this.faults = faults;
    }

    /** A client registered or updated: it is online now, so the requests held for it may go. */
    void heardFrom() {
        synchronized (heard) {
            heard.notifyAll();
        }
    }

    /**
     * The registration to send a request for {@code registration}'s client to: its current one, at once when the
     * client is online (or not in queue mode), else as soon as it comes online.
     *
     * @param deadlineNanos the {@link System#nanoTime()} after which the request is not held any longer
     * @throws ApiError 504 when the client stays offline until the deadline, 404 when its registration ends
     */
    Registration online(Registration registration, long deadlineNanos) {
        if (!registration.queueMode() || faults.test(Lwm2mFault.QUEUE_MODE_IGNORED)) {
            return registration;
        }
        synchronized (heard) {
            while (true) {
                Registration current = registrations.byEndpoint(registration.endpoint()).orElseThrow(() ->
                        new ApiError(404, "client " + registration.endpoint() + " is no longer registered"));
                Instant offlineFrom = current.lastUpdate().plus(awakeTime);
                if (!current.queueMode() || clock.instant().isBefore(offlineFrom)) {
                    return current;
                }
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    throw new ApiError(504, "client " + current.endpoint() + " is in queue mode and offline since "
                            + offlineFrom + " (awake time " + awakeTime.toMillis() + " ms); the request was held but "
                            + "the client did not come online (Register or Update) in time");
                }
                try {
                    heard.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ApiError(503, "interrupted while holding a request for client " + current.endpoint());
                }
            }
        }
    }

    /** The lock that makes the requests to one queue-mode client go one after another. */
    Object sendLock(Registration registration) {
        return sendLocks.computeIfAbsent(registration.endpoint(), e -> new Object());
    }
}
