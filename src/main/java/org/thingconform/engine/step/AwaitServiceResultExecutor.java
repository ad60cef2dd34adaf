package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.JsonMatch;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.step.AwaitServiceResultStep;

/**
 * Waits for a service call's result northbound: an async invocation's result is polled
 * (each request may be held by the platform until the result is there; the loop is
 * bounded in time and in requests), a sync call's answer is the held request's response.
 */
final class AwaitServiceResultExecutor implements StepExecutor<AwaitServiceResultStep> {

    private static final int MAX_POLLS = 20;

    @Override
    public void execute(AwaitServiceResultStep step, ClauseContext context) {
        InvokeServiceExecutor.Invocation call = context.saved(step.call(), InvokeServiceExecutor.Invocation.class);
        NorthboundResponse response = call.sync() != null ? syncAnswer(call, context) : asyncResult(call, context);
        JsonNode code = response.get("code");
        if (step.expectCode() != null && (code == null || code.asInt() != step.expectCode())) {
            throw StepFailure.fail("expected result code " + step.expectCode() + "; observed " + code + " in "
                    + Devices.quote(response.body()));
        }
        JsonNode output = response.get("output");
        if (step.expectOutput() != null && !JsonMatch.same(step.expectOutput(), output)) {
            throw StepFailure.fail("expected the caller to receive output " + step.expectOutput() + "; observed "
                    + Devices.quote(output) + " in " + Devices.quote(response.body()));
        }
    }

    private static NorthboundResponse syncAnswer(InvokeServiceExecutor.Invocation call, ClauseContext context) {
        NorthboundResponse response = call.sync().await(context).response();
        if (!response.success()) {
            throw StepFailure.fail("expected the sync call of " + call.service() + " to be answered with success; "
                    + "observed HTTP " + response.status() + " " + Devices.quote(response.body()));
        }
        return response;
    }

    private static NorthboundResponse asyncResult(InvokeServiceExecutor.Invocation call, ClauseContext context) {
        Map<String, String> variables = Devices.variables(context, call.device(), call.service());
        variables.put("invocationId", call.invocationId());
        Instant deadline = Instant.now().plus(context.profile().timeouts().reply());
        NorthboundResponse response = null;
        String status = null;
        for (int poll = 0; poll < MAX_POLLS && Instant.now().isBefore(deadline); poll++) {
            response = call.client(context).call("serviceResult", variables, null);
            if (!response.success()) {
                throw StepFailure.fail("expected serviceResult of invocation " + call.invocationId()
                        + " to succeed; observed HTTP " + response.status() + " " + Devices.quote(response.body()));
            }
            JsonNode statusNode = response.get("status");
            status = statusNode == null ? null : statusNode.asText();
            if (!"pending".equals(status)) {
                break;
            }
        }
        if (response == null || "pending".equals(status)) {
            throw StepFailure.fail("expected invocation " + call.invocationId() + " of " + call.service()
                    + " to complete within the reply timeout; observed it still pending");
        }
        if (!"completed".equals(status)) {
            throw StepFailure.fail("expected invocation " + call.invocationId() + " to be completed; observed status "
                    + status + " in " + Devices.quote(response.body()));
        }
        return response;
    }
}
