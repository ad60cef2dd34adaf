package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.PeerInvokeServiceStep;

/**
 * The peer invokes a service through the interconnection API: accepted with an invocation id
 * (saved for awaitServiceResult, which then asks the interconnection API), or refused as expected.
 */
final class PeerInvokeServiceExecutor implements StepExecutor<PeerInvokeServiceStep> {

    @Override
    public void execute(PeerInvokeServiceStep step, ClauseContext context) {
        NorthboundResponse response = context.interconnection().call("invokeService",
                Peers.variables(context, step.device(), step.service()), step.params());
        String what = "the peer's call of " + step.service() + " " + step.params() + " on device role '"
                + step.device() + "'";
        if (!step.expectAccepted()) {
            Peers.requireRefusal(response, step.refusedStatus(), what + " (not shared with the peer)");
            return;
        }
        Peers.requireSuccess(response, what);
        JsonNode id = response.get("invocationId");
        if (id == null || id.asText().isBlank()) {
            throw StepFailure.fail("expected an invocation id in the answer to " + what + "; observed "
                    + Devices.quote(response.body()));
        }
        context.save(step.saveAs(), new InvokeServiceExecutor.Invocation(step.device(), step.service(), id.asText(),
                null, true));
    }
}
