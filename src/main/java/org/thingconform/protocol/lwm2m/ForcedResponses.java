package org.thingconform.protocol.lwm2m;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.californium.core.coap.CoAP;

/**
 * Misbehaviour on demand: response codes the client gives to the next requests on a path
 * instead of what its object tree would answer (e.g. 4.05 to a legal write), one code per
 * request, in the order they were set. Thread-safe.
 */
final class ForcedResponses {

    private final Map<String, Deque<CoAP.ResponseCode>> byPath = new HashMap<>();

    synchronized void add(String path, CoAP.ResponseCode code) {
        byPath.computeIfAbsent(path, p -> new ArrayDeque<>()).add(code);
    }

    /** The code forced for the next request on {@code path}, consumed; empty when none is set. */
    synchronized Optional<CoAP.ResponseCode> next(String path) {
        Deque<CoAP.ResponseCode> codes = byPath.get(path);
        if (codes == null || codes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(codes.poll());
    }
}
