package org.thingconform.profile.step;

import java.util.List;
import org.thingconform.source.SourceLocation;

/**
 * The peer platform calls an interconnection operation with a chosen token: its valid one,
 * none, a wrong one, or an expired one (from the descriptor's {@code getExpiredToken}). The
 * call must be accepted (2xx), or refused with a status of {@code refusedStatus}.
 */
public record PeerRequestStep(SourceLocation location, String operation, Token token, boolean expectAccepted,
                              List<Integer> refusedStatus) implements Step {

    /** Which token the call carries. */
    public enum Token { VALID, NONE, WRONG, EXPIRED }

    public PeerRequestStep {
        refusedStatus = List.copyOf(refusedStatus);
    }

    @Override
    public String kind() {
        return "peerRequest";
    }
}
