package org.thingconform.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.thingconform.device.Downlink;
import org.thingconform.device.SimulatedDevice;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.JsonMatch;
import org.thingconform.engine.StepFailure;
import org.thingconform.platform.NorthboundResponse;
import org.thingconform.profile.Generation;
import org.thingconform.profile.step.ServiceInputCheckStep;

/**
 * Invokes a service northbound with generated input, async or sync (RRPC) as the thing
 * model says. Valid input must reach the device exactly and the device's output come back
 * to the caller; invalid input must be stopped by the platform: the device must see
 * nothing within the quiet period; a sync call the device receives and never answers
 * must be answered with the profile's timeout status, not before the caller's timeout.
 */
final class ServiceInputCheckExecutor implements StepExecutor<ServiceInputCheckStep> {

    /** A platform may round the caller's timeout down a little; it may not cut it short by more. */
    private static final double EARLIEST_TIMEOUT_SHARE = 0.9;

    @Override
    public void execute(ServiceInputCheckStep step, ClauseContext context) {
        SimulatedDevice device = Devices.connected(context, step.device());
        boolean sync = Devices.sync(context, step.device(), step.service());
        String sent = step.service() + " " + step.input();
        if (sync) {
            SyncServiceCall call = SyncServiceCall.start(context, step.device(), step.service(), step.input());
            switch (step.outcome()) {
                case NOT_DELIVERED -> expectNothing(device, step, true, sent, () -> describe(call, context));
                case TIMED_OUT -> expectTimeout(device, step, call, context, sent);
                default -> expectSyncResult(device, step, call, context, sent);
            }
            return;
        }
        Map<String, String> variables = Devices.variables(context, step.device(), step.service());
        NorthboundResponse invoked = context.northbound().call("invokeService", variables, step.input());
        if (step.outcome() == Generation.Outcome.NOT_DELIVERED) {
            expectNothing(device, step, false, sent, () -> "HTTP " + invoked.status());
            return;
        }
        if (!invoked.success() || invoked.get("invocationId") == null) {
            throw StepFailure.fail("expected invokeService " + sent + " to be accepted; observed HTTP " + invoked.status()
                    + " " + Devices.quote(invoked.body()));
        }
        answer(device, step, false, sent);
        variables.put("invocationId", invoked.get("invocationId").asText());
        expectOutput(step, awaitOutput(context, variables));
    }

    private static void expectNothing(SimulatedDevice device, ServiceInputCheckStep step, boolean sync, String sent,
                                      Supplier<String> northbound) {
        Optional<Downlink> leaked = device.awaitServiceCall(step.service(), sync, step.quietPeriod());
        if (leaked.isPresent()) {
            throw StepFailure.fail("expected the platform to stop invalid input " + sent
                    + " before the device; observed it delivered: " + Devices.quote(leaked.get().message().raw())
                    + " (northbound answer " + northbound.get() + ")");
        }
    }

    private static void expectSyncResult(SimulatedDevice device, ServiceInputCheckStep step, SyncServiceCall call,
                                         ClauseContext context, String sent) {
        answer(device, step, true, sent);
        NorthboundResponse response = call.await(context).response();
        if (!response.success()) {
            throw StepFailure.fail("expected the sync call " + sent + " to be answered with success; observed HTTP "
                    + response.status() + " " + Devices.quote(response.body()));
        }
        expectOutput(step, response.get("output"));
    }

    private static void expectTimeout(SimulatedDevice device, ServiceInputCheckStep step, SyncServiceCall call,
                                      ClauseContext context, String sent) {
        Downlink request = device.awaitServiceCall(step.service(), true).orElseThrow(() -> StepFailure.fail(
                "expected the sync call " + sent + " to reach the device; observed nothing within the reply timeout"
                        + NearMisses.receivedInstead(device.unclaimed())));
        expectParams(step, request);
        SyncServiceCall.Answer answer = call.await(context);
        Duration asked = context.profile().timeouts().syncCall();
        NorthboundResponse response = answer.response();
        String observed = "HTTP " + response.status() + " after " + answer.elapsed().toMillis() + " ms: "
                + Devices.quote(response.body());
        if (response.status() != step.timeoutStatus()) {
            throw StepFailure.fail("expected a sync call the device never answers to time out with HTTP "
                    + step.timeoutStatus() + " after " + asked.toMillis() + " ms; observed " + observed);
        }
        if (answer.elapsed().toMillis() < asked.toMillis() * EARLIEST_TIMEOUT_SHARE) {
            throw StepFailure.fail("expected the platform to wait for the device for the " + asked.toMillis()
                    + " ms the caller asked before timing out; observed " + observed);
        }
    }

    private static void answer(SimulatedDevice device, ServiceInputCheckStep step, boolean sync, String sent) {
        Downlink call = device.awaitServiceCall(step.service(), sync).orElseThrow(() -> StepFailure.fail(
                "expected the call " + sent + " to reach the device; observed nothing within the reply timeout"
                        + NearMisses.receivedInstead(device.unclaimed())));
        expectParams(step, call);
        Devices.checkRequestResponse(device, call);
        device.answer(call, step.service(), device.successCode(), step.output());
    }

    private static void expectParams(ServiceInputCheckStep step, Downlink call) {
        if (!JsonMatch.same(step.input(), call.params())) {
            throw StepFailure.fail("expected the device to receive params " + step.input() + " exactly; observed "
                    + Devices.quote(call.params()));
        }
    }

    private static void expectOutput(ServiceInputCheckStep step, JsonNode output) {
        if (!JsonMatch.same(step.output(), output)) {
            throw StepFailure.fail("expected the caller to receive output " + step.output() + "; observed "
                    + Devices.quote(output));
        }
    }

    private static String describe(SyncServiceCall call, ClauseContext context) {
        return call.answered() ? "HTTP " + call.await(context).response().status() : "still held by the platform";
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
