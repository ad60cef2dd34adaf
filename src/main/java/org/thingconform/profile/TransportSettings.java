package org.thingconform.profile;

import java.time.Duration;

/**
 * The request/response side of a {@code coap} or {@code http} binding, as data: where a
 * device signs in, where the token it gets back travels on later requests, and how it
 * fetches downlinks from its command resource (CoAP: an Observe relation; HTTP: polling).
 *
 * @param auth      resource path of the sign-in request, e.g. {@code /auth}; the device POSTs
 *                  {@code {clientId, username, password}} and gets {@code {token}} back
 * @param tokenIn   where the token travels: {@code query} (a CoAP Uri-Query parameter) or
 *                  {@code header} (an HTTP request header)
 * @param tokenName the query parameter or header name, e.g. {@code token} or {@code X-Device-Token}
 * @param poll      how an HTTP device fetches downlinks; null for CoAP
 */
public record TransportSettings(String auth, String tokenIn, String tokenName, Poll poll) {

    /** Where a token can travel. */
    public static final String QUERY = "query";
    /** Where a token can travel. */
    public static final String HEADER = "header";

    /**
     * How an HTTP device polls its command resource.
     *
     * @param mode     {@code long} (the platform holds each GET until a command arrives or {@code hold} passes)
     *                 or {@code interval} (a GET every {@code hold}, answered at once)
     * @param hold     the long-poll hold time, sent as {@code ?waitMs=}, or the interval between polls
     */
    public record Poll(String mode, Duration hold) {

        /** The poll modes a binding may declare. */
        public static final java.util.List<String> MODES = java.util.List.of("long", "interval");

        public boolean longPoll() {
            return "long".equals(mode);
        }
    }
}
