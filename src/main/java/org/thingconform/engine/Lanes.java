package org.thingconform.engine;

import java.util.Optional;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.Profile;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * The lanes of one profile's run: lane n plays the n-th device of every device role (lane 0 each role's
 * own device, the others those of the roles' pools in the platform descriptor), so tests in different
 * lanes never share a device and can run side by side. A test takes a lane while it runs; a generated
 * clause takes one and then more as they come free, for its cases ({@link CasesInLanes}). With one lane,
 * tests take turns.
 */
final class Lanes {

    private final LinkedBlockingDeque<Integer> free = new LinkedBlockingDeque<>();
    private final int count;

    /** {@code count} lanes, numbered from 0, at least one. */
    Lanes(int count) {
        this.count = Math.max(1, count);
        for (int lane = 0; lane < this.count; lane++) {
            free.addLast(lane);
        }
    }

    /**
     * How many lanes a profile's tests may use against {@code platform} with up to {@code jobs} side by side:
     * as many as every device role of the profile has devices for (a profile without devices needs none).
     */
    static int count(Profile profile, PlatformDescriptor platform, int jobs) {
        return profile.devices().isEmpty() ? jobs : Math.min(jobs, platform.lanes(profile.devices().keySet()));
    }

    /** How many lanes there are. */
    int count() {
        return count;
    }

    /** One lane, the lowest free one first; waits for one when every lane is taken. */
    int take() {
        try {
            return free.takeFirst();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a free lane", e);
        }
    }

    /** A lane that is free now, the lowest first, without waiting for one. */
    Optional<Integer> poll() {
        return Optional.ofNullable(free.pollFirst());
    }

    /** Gives {@code lane} back; the next test takes it first, so a run with one test at a time keeps to lane 0. */
    void release(int lane) {
        free.addFirst(lane);
    }
}
