package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.thingconform.source.SourceLocation;

/**
 * The peer platform invokes a service of a device through the interconnection API, addressed
 * as for {@link PeerSetPropertiesStep}. Accepted with an invocation id, remembered as
 * {@code saveAs} for {@code awaitServiceResult}; or refused with a status of {@code refusedStatus}.
 */
public record PeerInvokeServiceStep(SourceLocation location, String device, String service, ObjectNode params,
                                    String saveAs, boolean expectAccepted, List<Integer> refusedStatus)
        implements Step {

    public PeerInvokeServiceStep {
        refusedStatus = List.copyOf(refusedStatus);
    }

    @Override
    public String kind() {
        return "peerInvokeService";
    }
}
