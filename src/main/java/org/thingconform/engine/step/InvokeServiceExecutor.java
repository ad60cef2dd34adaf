package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundClient;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.InvokeServiceStep;

/**
 * Invokes a service northbound and saves the call for a later awaitServiceResult: an
 * async service's invocation id, or a sync (RRPC) service's request still held by the
 * platform while the device is played.
 */
final class InvokeServiceExecutor implements StepExecutor<InvokeServiceStep> {

    @Override
    public void execute(InvokeServiceStep step, ClauseContext context) {
        if (Devices.sync(context, step.device(), step.service())) {
            context.save(step.saveAs(), new Invocation(step.device(), step.service(), null,
                    SyncServiceCall.start(context, step.device(), step.service(), step.params()), false));
            return;
        }
        NorthboundResponse response = context.northbound().call("invokeService",
                Devices.variables(context, step.device(), step.service()), step.params());
        if (!response.success()) {
            throw StepFailure.fail("expected invokeService " + step.service() + " " + step.params()
                    + " to be accepted; observed HTTP " + response.status() + " " + Devices.quote(response.body()));
        }
        JsonNode id = response.get("invocationId");
        if (id == null || id.asText().isBlank()) {
            throw StepFailure.fail("expected an invocation id in the invokeService response; observed "
                    + Devices.quote(response.body()));
        }
        context.save(step.saveAs(), new Invocation(step.device(), step.service(), id.asText(), null, false));
    }

    /**
     * A service call in flight, as saved for {@link AwaitServiceResultExecutor}; {@code peer}
     * when the peer platform made it through the interconnection API.
     *
     * @param invocationId the async invocation's id, or null for a sync call
     * @param sync         the sync call, or null for an async one
     */
    record Invocation(String device, String service, String invocationId, SyncServiceCall sync, boolean peer) {

        /** The client that made the call, which asks for its result. */
        NorthboundClient client(ClauseContext context) {
            return peer ? context.interconnection() : context.northbound();
        }
    }
}
