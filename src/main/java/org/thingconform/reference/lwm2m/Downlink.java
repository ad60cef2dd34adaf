package org.thingconform.reference.lwm2m;

import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.coap.Response;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.elements.AddressEndpointContext;

/**
 * Sends the server's requests to a registered client: from the endpoint the client registered with,
 * to the address its registration came from, waiting for the answer up to a timeout. A request for a
 * queue-mode client that is offline is held until it comes online ({@link QueueMode}).
 */
final class Downlink {

    private final CoapEndpoint endpoint;
    private final QueueMode queueMode;

    Downlink(CoapEndpoint endpoint, QueueMode queueMode) {
        this.endpoint = endpoint;
        this.queueMode = queueMode;
    }

    /** Sends {@code request} to {@code registration}'s client (once it is online) and waits for its answer. */
    ClientReply send(Registration registration, Request request, long timeoutMillis) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        Registration online = queueMode.online(registration, deadline);
        if (!online.queueMode()) {
            return exchange(online, request, timeoutMillis);
        }
        synchronized (queueMode.sendLock(online)) {
            long left = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            return exchange(online, request, Math.max(1, left));
        }
    }

    private ClientReply exchange(Registration registration, Request request, long timeoutMillis) {
        request.setDestinationContext(new AddressEndpointContext(registration.address()));
        endpoint.sendRequest(request);
        Response response;
        try {
            response = request.waitForResponse(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            request.cancel();
            throw new ApiError(503, "interrupted while waiting for client " + registration.endpoint());
        }
        if (response == null) {
            request.cancel();
            throw new ApiError(504, "client " + registration.endpoint() + " did not answer " + request.getCode()
                    + " /" + request.getOptions().getUriPathString() + " within "
                    + timeoutMillis + " ms");
        }
        return ClientReply.of(response);
    }
}
