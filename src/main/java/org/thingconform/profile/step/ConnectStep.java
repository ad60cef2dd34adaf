package org.thingconform.profile.step;

import org.thingconform.source.SourceLocation;

/**
 * A simulated device connects; with {@code validCredentials} false it signs with a wrong
 * secret. The platform must accept or refuse the connection as {@code expectAccepted} says.
 */
public record ConnectStep(SourceLocation location, String device, boolean validCredentials, boolean expectAccepted)
        implements Step {

    @Override
    public String kind() {
        return "connect";
    }
}
