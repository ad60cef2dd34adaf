package org.thingconform.profile.step;

import java.util.List;
import org.thingconform.source.SourceLocation;

/**
 * The peer platform lists the devices shared with it, page by page ({@code pageSize} per page,
 * following the cursor). Every device of {@code listed} must be listed once, with its product
 * and thing-model reference, under the id the descriptor gives it; no device of
 * {@code notListed} may be; no page may hold more than {@code pageSize} devices. The ids found
 * are kept for later peer steps of the clause.
 */
public record PeerListDevicesStep(SourceLocation location, int pageSize, List<String> listed, List<String> notListed)
        implements Step {

    public PeerListDevicesStep {
        listed = List.copyOf(listed);
        notListed = List.copyOf(notListed);
    }

    @Override
    public String kind() {
        return "peerListDevices";
    }
}
