package org.thingconform.engine.step.lwm2m;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.protocol.lwm2m.Lwm2mClient;
import org.thingconform.protocol.lwm2m.ServerRequest;

/**
 * The request a device management operation put on the wire: the first request the client received on the
 * operation's object since the API was asked (whatever its method and exact path, so a wrong one is seen at
 * once rather than after the reply timeout), and the check of its method and path.
 */
final class WireRequests {

    private WireRequests() {
    }

    /** The first request on the object of {@code path} received at or after {@code since}, awaited up to {@code reply}. */
    static Optional<ServerRequest> next(Lwm2mClient client, String path, Instant since, Duration reply) {
        String object = "/" + path.split("/")[1];
        return client.inbox().await(r -> !r.time().isBefore(since)
                && (r.path().equals(object) || r.path().startsWith(object + "/")), reply);
    }

    /**
     * The request for {@code expected} (e.g. "a Write (PUT /3/0/15)"), which must be {@code method} on {@code path};
     * FAIL naming what came instead, or that nothing came.
     */
    static ServerRequest require(Lwm2mClient client, String method, String path, String expected, Instant since,
                                 Duration reply, NorthboundResponse response) {
        ServerRequest request = next(client, path, since, reply).orElseThrow(() -> StepFailure.fail("expected the server "
                + "to send the client " + expected + " when its API was asked; nothing on " + path + " came within "
                + reply.toMillis() + " ms (the API answered HTTP " + response.status() + ")"));
        if (!request.is(method, path)) {
            throw StepFailure.fail("expected the server to send the client " + expected + "; observed " + request);
        }
        return request;
    }
}
