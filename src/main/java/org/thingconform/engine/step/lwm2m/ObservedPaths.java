package org.thingconform.engine.step.lwm2m;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.thingconform.engine.ClauseContext;
import org.thingconform.protocol.lwm2m.ServerRequest;

/**
 * The Observe requests the server sent in one clause run, by client and path: a cancel step needs the
 * observation's token (an active cancel must carry it; a passive one ends that relation).
 */
final class ObservedPaths {

    private static final String KEY = "lwm2m.observed";

    private final Map<String, ServerRequest> observes = new ConcurrentHashMap<>();

    static ObservedPaths of(ClauseContext context) {
        return context.state(KEY, ObservedPaths.class, ObservedPaths::new);
    }

    void put(String client, String path, ServerRequest observe) {
        observes.put(client + " " + path, observe);
    }

    Optional<ServerRequest> get(String client, String path) {
        return Optional.ofNullable(observes.get(client + " " + path));
    }
}
