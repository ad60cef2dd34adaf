package org.thingconform.reference.lwm2m;

import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.coap.Response;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.elements.AddressEndpointContext;

/**
 * Sends the server's requests to a registered client: from the endpoint the client registered with,
 * to the address its registration came from, waiting for the answer up to a timeout.
 */
final class Downlink {

    private final CoapEndpoint endpoint;

    Downlink(CoapEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** Sends {@code request} to {@code registration}'s client and waits for its answer. */
    ClientReply send(Registration registration, Request request, long timeoutMillis) {
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
