package org.thingconform.engine.step;

import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.profile.step.ConnectStep;
import org.thingconform.protocol.ConnectOutcome;

/**
 * Connects a fresh simulated device. A refusal counts when the broker answers CONNACK
 * with a non-zero code or closes the connection without CONNACK (both allowed by MQTT
 * 3.1.1), or when a CoAP or HTTP sign-in is answered with an error code; silence does not
 * count as a refusal. An endpoint that cannot be reached, or whose (D)TLS server the suite cannot
 * trust (untrusted chain, expired certificate, another host's name), leaves the clause INCONCLUSIVE.
 */
final class ConnectExecutor implements StepExecutor<ConnectStep> {

    @Override
    public void execute(ConnectStep step, ClauseContext context) {
        ConnectOutcome outcome = context.freshDevice(step.device()).connect(step.validCredentials());
        String credentials = step.validCredentials() ? "valid credentials" : "a wrong secret";
        if (outcome.kind() == ConnectOutcome.Kind.UNREACHABLE) {
            throw StepFailure.inconclusive("the device endpoint is unreachable: " + outcome.detail());
        }
        if (outcome.kind() == ConnectOutcome.Kind.TLS_FAILED) {
            // the suite could not trust the platform: nothing about its sign-in can be judged
            throw StepFailure.inconclusive("could not secure the connection to judge the sign-in: " + outcome.detail());
        }
        java.util.Optional<String> stale = context.identity(step.device()).certificate() == null ? java.util.Optional.empty()
                : context.identity(step.device()).certificate().validityProblem();
        if (step.expectAccepted() && !outcome.accepted() && stale.isPresent()) {
            // a platform that refuses an expired certificate is right: the descriptor's identity is the problem
            throw StepFailure.inconclusive("the platform refused the device, whose " + stale.get()
                    + ": renew the device's certificate in the descriptor; observed " + outcome.detail());
        }
        if (step.expectAccepted() && !outcome.accepted()) {
            throw StepFailure.fail("expected the sign-in to be accepted (MQTT: CONNACK return code 0) for "
                    + credentials + "; observed "
                    + outcome.detail());
        }
        if (!step.expectAccepted()) {
            switch (outcome.kind()) {
                case ACCEPTED -> throw StepFailure.fail("expected the connection to be refused for " + credentials
                        + "; observed " + outcome.detail());
                case NO_ANSWER -> throw StepFailure.fail("expected the connection to be refused for " + credentials
                        + "; observed no answer: " + outcome.detail());
                default -> {
                    // refused with a CONNACK code, or closed without one: both are refusals
                }
            }
            if (!step.refusalCodes().isEmpty() && !step.refusalCodes().contains(outcome.returnCode())) {
                throw StepFailure.fail("expected the refusal for " + credentials + " to carry one of the codes "
                        + step.refusalCodes().stream().map(c -> c + " (" + String.format("0x%02X", c) + ")").toList()
                        + "; observed " + outcome.detail());
            }
        }
    }
}
