package org.thingconform.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A wait for news wakes on the next event without taking it, and gives up after its timeout. */
class Lwm2mEventLogTest {

    @Test
    void aWaitForNewsWakesOnTheNextEventAndLeavesItForOtherWaits() throws Exception {
        Lwm2mEventLog log = new Lwm2mEventLog();
        CompletableFuture<Boolean> woke = CompletableFuture.supplyAsync(() -> {
            try {
                return log.awaitMoreThan(0, Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        log.add(event("deregistration"));

        assertThat(woke.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(log.await(e -> e.kind().equals("deregistration"), Duration.ZERO)).isPresent();
    }

    @Test
    void withoutNewsTheWaitEndsAtItsTimeout() throws Exception {
        Lwm2mEventLog log = new Lwm2mEventLog();
        log.add(event("registration"));

        assertThat(log.awaitMoreThan(1, Duration.ofMillis(20))).isFalse();
        assertThat(log.awaitMoreThan(0, Duration.ofMillis(20))).isTrue();
    }

    private static Lwm2mServerEvent event(String kind) {
        return new Lwm2mServerEvent(kind, kind.toUpperCase(java.util.Locale.ROOT), "ep-1", null, null, "{}",
                java.time.Instant.now());
    }
}
