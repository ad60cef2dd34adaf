package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundClient;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.InvokeServiceStep;

/** Invokes a service northbound and saves the invocation id for a later awaitServiceResult. */
final class InvokeServiceExecutor implements StepExecutor<InvokeServiceStep> {

    @Override
    public void execute(InvokeServiceStep step, ClauseContext context) {
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
        context.save(step.saveAs(), new Invocation(step.device(), step.service(), id.asText(), false));
    }

    /**
     * A service call in flight, as saved for {@link AwaitServiceResultExecutor}; {@code peer}
     * when the peer platform made it through the interconnection API.
     */
    record Invocation(String device, String service, String invocationId, boolean peer) {

        /** The client that made the call, which asks for its result. */
        NorthboundClient client(ClauseContext context) {
            return peer ? context.interconnection() : context.northbound();
        }
    }
}
