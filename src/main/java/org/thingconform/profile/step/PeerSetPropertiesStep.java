package org.thingconform.profile.step;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.thingconform.source.SourceLocation;

/**
 * The peer platform sets property values of a device through the interconnection API,
 * addressing it by the id discovery listed it under (or, for a device it cannot discover, the
 * descriptor's {@code peerId}). Accepted (2xx), or refused with a status of {@code refusedStatus}.
 */
public record PeerSetPropertiesStep(SourceLocation location, String device, ObjectNode values, boolean expectAccepted,
                                    List<Integer> refusedStatus) implements Step {

    public PeerSetPropertiesStep {
        refusedStatus = List.copyOf(refusedStatus);
    }

    @Override
    public String kind() {
        return "peerSetProperties";
    }
}
