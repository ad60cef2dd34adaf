package org.thingconform.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The commands waiting for devices that fetch them (HTTP polling), one queue per device. A
 * poll takes the oldest command, waiting for one at most as long as the device asked; a newer
 * poll of the same device supersedes a waiting older one (a device that went away must not
 * take its successor's commands).
 */
final class CommandQueue implements Downlink {

    private final Map<DeviceKey, Slot> slots = new ConcurrentHashMap<>();

    @Override
    public void publish(String topic, ObjectNode payload) {
        DownlinkRouter.device(topic).ifPresent(device -> slot(device).offer(payload));
    }

    /** The oldest command for {@code device}, waiting at most {@code waitMillis}; empty when none came. */
    Optional<ObjectNode> take(DeviceKey device, long waitMillis) throws InterruptedException {
        return slot(device).take(waitMillis);
    }

    /** Forgets every command not yet fetched (a cleared platform starts with empty queues). */
    void clear() {
        slots.values().forEach(Slot::clear);
    }

    private Slot slot(DeviceKey device) {
        return slots.computeIfAbsent(device, d -> new Slot());
    }

    /** One device's commands and its current poll. */
    private static final class Slot {

        private final Deque<ObjectNode> commands = new ArrayDeque<>();
        private long generation;

        synchronized void clear() {
            commands.clear();
        }

        synchronized void offer(ObjectNode command) {
            commands.add(command);
            notifyAll();
        }

        synchronized Optional<ObjectNode> take(long waitMillis) throws InterruptedException {
            long me = ++generation;
            notifyAll();
            long deadline = System.currentTimeMillis() + waitMillis;
            while (commands.isEmpty() && generation == me) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return Optional.empty();
                }
                wait(left);
            }
            return generation == me ? Optional.ofNullable(commands.poll()) : Optional.empty();
        }
    }
}
