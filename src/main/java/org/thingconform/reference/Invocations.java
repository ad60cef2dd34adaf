package org.thingconform.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Service invocations the platform sent to devices, by invocation id (the Alink message
 * id). Each carries a future that the device's {@code _reply} completes, so the
 * northbound long poll waits on an event, not a timer. Bounded: the oldest invocations
 * are forgotten first.
 */
final class Invocations {

    /** The device's answer: its reply code and output ({@code data}). */
    record Result(int code, JsonNode output) {
    }

    /** One invocation of {@code serviceId} on {@code device}. */
    record Invocation(String id, DeviceKey device, String serviceId, CompletableFuture<Result> result) {
    }

    private static final int CAPACITY = 10_000;

    private final Map<String, Invocation> invocations = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Invocation> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized Invocation open(String id, DeviceKey device, String serviceId) {
        Invocation invocation = new Invocation(id, device, serviceId, new CompletableFuture<>());
        invocations.put(id, invocation);
        return invocation;
    }

    /** Forgets every invocation; a caller still waiting on one keeps its future. */
    synchronized void clear() {
        invocations.clear();
    }

    synchronized Optional<Invocation> find(String id) {
        return Optional.ofNullable(invocations.get(id));
    }

    /**
     * Completes the invocation {@code id} if it was sent to {@code device} for
     * {@code serviceId}; a reply that matches nothing is ignored.
     *
     * @return whether an invocation was completed
     */
    boolean complete(DeviceKey device, String serviceId, String id, Result result) {
        Optional<Invocation> invocation = find(id)
                .filter(i -> i.device().equals(device) && i.serviceId().equals(serviceId));
        return invocation.map(i -> i.result().complete(result)).orElse(false);
    }
}
