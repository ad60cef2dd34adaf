package org.thingconform.profile.step;

import java.util.List;
import org.thingconform.source.SourceLocation;

/**
 * The peer platform asks the interconnection token endpoint for an access token with its
 * client credentials ({@code validCredentials}) or with a wrong client secret. Granted: a
 * non-empty access token (and a positive {@code expires_in} when the descriptor extracts it),
 * which later peer steps use; refused: an answer with a status of {@code refusedStatus} and no token.
 */
public record PeerTokenStep(SourceLocation location, boolean validCredentials, boolean expectGranted,
                            List<Integer> refusedStatus) implements Step {

    public PeerTokenStep {
        refusedStatus = List.copyOf(refusedStatus);
    }

    @Override
    public String kind() {
        return "peerToken";
    }
}
