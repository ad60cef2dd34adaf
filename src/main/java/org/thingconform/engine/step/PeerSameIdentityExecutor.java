package org.thingconform.engine.step;

import java.util.List;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.profile.step.PeerSameIdentityStep;

/**
 * One device, one id towards the peer: every id the clause's data answers and pushes named the
 * device by is the id discovery listed it under (the one control addressed it by).
 */
final class PeerSameIdentityExecutor implements StepExecutor<PeerSameIdentityStep> {

    @Override
    public void execute(PeerSameIdentityStep step, ClauseContext context) {
        Peers.Listed listed = Peers.discovered(context, step.device());
        if (listed == null) {
            throw StepFailure.inconclusive("device role '" + step.device() + "' was not listed by an earlier "
                    + "peerListDevices of the clause, so there is no discovered id to compare with");
        }
        List<Peers.SeenId> seen = Peers.seenIds(context, step.device());
        if (seen.isEmpty()) {
            throw StepFailure.inconclusive("no data answer or push of the clause named device role '" + step.device()
                    + "', so there is no id to compare with the discovered " + listed.deviceId());
        }
        for (Peers.SeenId id : seen) {
            if (!id.id().equals(listed.deviceId())) {
                throw StepFailure.fail("expected device role '" + step.device() + "' to be named " + listed.deviceId()
                        + " (the id discovery listed and control used) in " + id.where() + "; observed " + id.id());
            }
        }
    }
}
