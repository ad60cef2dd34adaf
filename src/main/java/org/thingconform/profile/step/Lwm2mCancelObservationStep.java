package org.thingconform.profile.step;

import org.thingconform.source.SourceLocation;

/**
 * Cancel Observation through the server (TS 6.4.3): the step asks the server's API
 * ({@code cancelObservation}) to cancel the client's observation of {@code path}. Active: the client must
 * receive a GET with Observe 1 and the observation's token. Passive: the client changes the value, and the
 * server must answer that notification with RST, which ends the client's Observe relation.
 *
 * @param path   the observed path, e.g. {@code /3/0/9}
 * @param active whether the cancel is active (Observe 1) or passive (RST on the next notification)
 */
public record Lwm2mCancelObservationStep(SourceLocation location, String client, String path, boolean active)
        implements Lwm2mStep {

    @Override
    public String kind() {
        return "lwm2mCancelObservation";
    }
}
