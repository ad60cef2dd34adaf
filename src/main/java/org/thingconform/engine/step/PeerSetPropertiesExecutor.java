package org.thingconform.engine.step;

import org.thingconform.engine.ClauseContext;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.PeerSetPropertiesStep;

/** The peer sets properties of a device through the interconnection API: accepted, or refused as expected. */
final class PeerSetPropertiesExecutor implements StepExecutor<PeerSetPropertiesStep> {

    @Override
    public void execute(PeerSetPropertiesStep step, ClauseContext context) {
        NorthboundResponse response = context.interconnection().call("setProperties",
                Peers.variables(context, step.device(), null), step.values());
        String what = "the peer's property set " + step.values() + " on device role '" + step.device() + "'";
        if (step.expectAccepted()) {
            Peers.requireSuccess(response, what);
        } else {
            Peers.requireRefusal(response, step.refusedStatus(), what + " (not shared with the peer)");
        }
    }
}
