package org.thingconform.engine;

import java.util.Optional;

/**
 * A run's platform closing on its own thread, so that the run's reports are written while it
 * stops (the reference platform's broker takes seconds to stop), and {@link #await()} for the
 * run to end only once it is closed: no platform outlives the run that opened it.
 */
final class PlatformClosing {

    private static final PlatformClosing NONE = new PlatformClosing(null);

    private final Thread thread;
    private volatile RuntimeException failure;

    private PlatformClosing(PlatformSession platform) {
        this.thread = platform == null ? null : new Thread(() -> {
            try {
                platform.close();
            } catch (RuntimeException e) {
                failure = e;
            }
        }, "thingconform-platform-close");
    }

    /** Starts closing {@code platform}; null: nothing to close. */
    static PlatformClosing start(PlatformSession platform) {
        if (platform == null) {
            return NONE;
        }
        PlatformClosing closing = new PlatformClosing(platform);
        closing.thread.start();
        return closing;
    }

    /**
     * Waits until the platform is closed and returns why closing it failed, if it did. An interrupt
     * is passed on to the closing (which then stops waiting for the platform's own shutdown), still
     * waited for, and kept as this thread's interrupt status.
     */
    Optional<String> await() {
        if (thread == null) {
            return Optional.empty();
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
                thread.interrupt();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return Optional.ofNullable(failure).map(RuntimeException::getMessage);
    }
}
