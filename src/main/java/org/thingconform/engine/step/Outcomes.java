package org.thingconform.engine.step;

import org.thingconform.device.Reply;
import org.thingconform.device.SimulatedDevice;
import org.thingconform.engine.StepFailure;

/** Reply checks shared by the generated-case executors: accepted, or rejected with the expected code. */
final class Outcomes {

    private Outcomes() {
    }

    /**
     * The platform's reply to {@code request}; when none arrives, the failure names what the device
     * received instead (a reply that does not belong to the request, a message on another topic).
     */
    static Reply reply(SimulatedDevice device, SimulatedDevice.Request request) {
        Reply reply = device.awaitReply(request).orElseThrow(() -> StepFailure.fail(
                "expected a reply on " + request.replyTopic() + " within the reply timeout; observed none"
                        + NearMisses.receivedInstead(device.unclaimed())));
        if (reply.message().problem() != null) {
            throw StepFailure.fail("expected a JSON reply on " + request.replyTopic() + "; observed '"
                    + reply.message().raw() + "' (" + reply.message().problem() + ")");
        }
        return reply;
    }

    static void requireSuccess(SimulatedDevice device, SimulatedDevice.Request request, Reply reply, String sent) {
        if (reply.code() == null || reply.code() != device.successCode()) {
            throw StepFailure.fail("expected " + sent + " to be accepted with code " + device.successCode()
                    + "; observed code " + reply.code() + " in reply " + reply.message().raw());
        }
        if (!request.id().equals(reply.id())) {
            throw StepFailure.fail("expected the reply to echo request id " + request.id() + "; observed id "
                    + reply.id() + " in reply " + reply.message().raw());
        }
    }

    static void requireRejection(SimulatedDevice device, Reply reply, Integer code, String sent) {
        if (code != null && (reply.code() == null || reply.code().intValue() != code)) {
            throw StepFailure.fail("expected " + sent + " to be rejected with code " + code + "; observed code "
                    + reply.code() + " in reply " + reply.message().raw());
        }
        if (code == null && (reply.code() == null || reply.code() == device.successCode())) {
            throw StepFailure.fail("expected " + sent + " to be rejected with an error code; observed code "
                    + reply.code() + " in reply " + reply.message().raw());
        }
    }
}
