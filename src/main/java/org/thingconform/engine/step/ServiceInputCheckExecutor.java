package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.thingconform.device.Downlink;
import org.thingconform.device.SimulatedDevice;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.JsonMatch;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.Generation;
import org.thingconform.profile.step.ServiceInputCheckStep;

/**
 * Invokes a service northbound with generated input. Valid input must reach the device
 * exactly and the device's output come back to the caller; invalid input must be stopped
 * by the platform: the device must see nothing within the quiet period.
 */
final class ServiceInputCheckExecutor implements StepExecutor<ServiceInputCheckStep> {

    @Override
    public void execute(ServiceInputCheckStep step, ClauseContext context) {
        SimulatedDevice device = Devices.connected(context, step.device());
        Map<String, String> variables = Devices.variables(context, step.device(), step.service());
        NorthboundResponse invoked = context.northbound().call("invokeService", variables, step.input());
        String sent = step.service() + " " + step.input();
        if (step.outcome() == Generation.Outcome.NOT_DELIVERED) {
            Optional<Downlink> leaked = device.awaitServiceCall(step.service(), step.quietPeriod());
            if (leaked.isPresent()) {
                throw StepFailure.fail("expected the platform to stop invalid input " + sent
                        + " before the device; observed it delivered: " + Devices.quote(leaked.get().message().raw())
                        + " (northbound answer HTTP " + invoked.status() + ")");
            }
            return;
        }
        if (!invoked.success() || invoked.get("invocationId") == null) {
            throw StepFailure.fail("expected invokeService " + sent + " to be accepted; observed HTTP " + invoked.status()
                    + " " + Devices.quote(invoked.body()));
        }
        Downlink call = device.awaitServiceCall(step.service()).orElseThrow(() -> StepFailure.fail(
                "expected the call " + sent + " to reach the device; observed nothing within the reply timeout"));
        if (!JsonMatch.same(step.input(), call.params())) {
            throw StepFailure.fail("expected the device to receive params " + step.input() + " exactly; observed "
                    + Devices.quote(call.params()));
        }
        device.answer(call, step.service(), device.successCode(), step.output());
        variables.put("invocationId", invoked.get("invocationId").asText());
        JsonNode output = awaitOutput(context, variables);
        if (!JsonMatch.same(step.output(), output)) {
            throw StepFailure.fail("expected the caller to receive output " + step.output() + "; observed "
                    + Devices.quote(output));
        }
    }

    private static JsonNode awaitOutput(ClauseContext context, Map<String, String> variables) {
        Instant deadline = Instant.now().plus(context.profile().timeouts().reply());
        for (int poll = 0; poll < 20 && Instant.now().isBefore(deadline); poll++) {
            NorthboundResponse result = context.northbound().call("serviceResult", variables, null);
            JsonNode status = result.get("status");
            if (result.success() && status != null && !"pending".equals(status.asText())) {
                return result.get("output");
            }
        }
        throw StepFailure.fail("expected the invocation to complete within the reply timeout; observed it pending");
    }
}
