package org.thingconform.profile.step;

import java.util.List;
import org.thingconform.source.SourceLocation;

/**
 * A simulated device connects; with {@code validCredentials} false it signs with a wrong
 * secret. The platform must accept or refuse the connection as {@code expectAccepted} says;
 * a refusal must carry one of {@code refusalCodes} (CONNACK return or reason codes) when
 * the profile names them, e.g. MQTT 5's 0x86 or 0x87 for a wrong password.
 */
public record ConnectStep(SourceLocation location, String device, boolean validCredentials, boolean expectAccepted,
                          List<Integer> refusalCodes) implements Step {

    public ConnectStep {
        refusalCodes = List.copyOf(refusalCodes);
    }

    /** A connect step that accepts any refusal. */
    public ConnectStep(SourceLocation location, String device, boolean validCredentials, boolean expectAccepted) {
        this(location, device, validCredentials, expectAccepted, List.of());
    }

    @Override
    public String kind() {
        return "connect";
    }
}
