package org.thingconform.engine.step;

import org.thingconform.device.Reply;
import org.thingconform.device.SimulatedDevice;
import org.thingconform.engine.StepFailure;

/** Reply checks shared by the generated-case executors: accepted, or rejected with the expected code. */
final class Outcomes {

    private Outcomes() {
    }

    static Reply reply(SimulatedDevice device, SimulatedDevice.Request request) {
        Reply reply = device.awaitReply(request).orElseThrow(() -> StepFailure.fail(
                "expected a reply on " + request.replyTopic() + " within the reply timeout; observed none"));
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
