package org.thingconform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * The lanes of one profile's run: lane n plays the n-th device of every device role (lane 0 each role's
 * own device, the others those of the roles' pools in the platform descriptor), so tests in different
 * lanes never share a device and can run side by side. A test takes a lane while it runs; a generated
 * clause takes one and then as many more as are free, for its cases. With one lane, tests take turns.
 */
final class Lanes {

    private final LinkedBlockingDeque<Integer> free = new LinkedBlockingDeque<>();

    /** {@code count} lanes, numbered from 0, at least one. */
    Lanes(int count) {
        for (int lane = 0; lane < Math.max(1, count); lane++) {
            free.addLast(lane);
        }
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

    /** One lane and up to {@code wanted - 1} more that are free now, without waiting for them. */
    List<Integer> takeUpTo(int wanted) {
        List<Integer> taken = new ArrayList<>(List.of(take()));
        Integer more;
        while (taken.size() < wanted && (more = free.pollFirst()) != null) {
            taken.add(more);
        }
        return taken;
    }

    /** Gives {@code lanes} back. */
    void release(List<Integer> lanes) {
        // lowest first, so a run with the same lanes free gives the same lanes to the same tests
        lanes.stream().sorted(java.util.Comparator.reverseOrder()).forEach(free::addFirst);
    }
}
